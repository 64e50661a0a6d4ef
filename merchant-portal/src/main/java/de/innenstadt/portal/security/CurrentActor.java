// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import de.innenstadt.core.account.AccountService;
import de.innenstadt.core.platform.AccessDeniedException;
import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The logged-in person as an {@link Actor}, which every service call carries for its access checks. */
@Named
@RequestScoped
public class CurrentActor {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("Not logged in");
            }
            actor = accounts.findActor(principal.getName())
                    .orElseThrow(() -> new AccessDeniedException("Account " + principal.getName() + " is disabled"));
        }
        return actor;
    }

    public String getUsername() {
        return get().username();
    }

    public boolean isMerchant() {
        return get().findMerchantId().isPresent();
    }
}
