// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login against the accounts in the database, with PBKDF2 password hashes (the parameters match
 * {@code PasswordHashing}, which writes them). Roles are the {@code role} column: merchant,
 * city-manager or admin.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/innenstadt",
        callerQuery = "select password_hash from user_account where username = ? and enabled = true and password_hash is not null",
        groupsQuery = "select role from user_account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations=210000",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=64"
        })
@ApplicationScoped
public class PortalSecurity {
}
