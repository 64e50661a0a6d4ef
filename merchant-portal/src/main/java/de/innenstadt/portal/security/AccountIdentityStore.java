// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import de.innenstadt.core.account.PortalLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The portal's identity store. Jakarta Security's database store skips the password hash when a
 * name has no account, so a failed login took 0.3 s for a real name and 0.01 s for an unknown one:
 * the time told which accounts exist. {@link PortalLogin} hashes once either way.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private PortalLogin login;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return login.findRole(given.getCaller(), given.getPassword().getValue())
                .map(role -> new CredentialValidationResult(given.getCaller(), Set.of(role.groupName())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
