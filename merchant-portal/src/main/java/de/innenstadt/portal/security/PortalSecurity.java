// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login against the accounts in the database ({@link AccountIdentityStore}), with PBKDF2
 * password hashes ({@code PasswordHashing}). Roles are the {@code role} column: merchant,
 * city-manager or admin.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class PortalSecurity {
}
