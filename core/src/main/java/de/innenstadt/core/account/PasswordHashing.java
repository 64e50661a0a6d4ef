// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes portal passwords with the container's PBKDF2 implementation at OWASP's recommended cost
 * (HMAC-SHA512, 210,000 iterations). The parameters are written into each hash, so the identity
 * store verifies old and new hashes alike when the cost is raised later.
 */
@ApplicationScoped
public class PasswordHashing {

    /** The parameters, also named in the portal's identity store definition. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }
}
