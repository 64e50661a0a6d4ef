// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hashes portal passwords with the container's PBKDF2 implementation at OWASP's recommended cost
 * (HMAC-SHA512, 210,000 iterations). The parameters are written into each hash, so the identity
 * store verifies old and new hashes alike when the cost is raised later.
 */
@ApplicationScoped
public class PasswordHashing {

    /** The cost of new hashes; old hashes carry their own parameters. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private Pbkdf2PasswordHash hash;

    /** A hash of a password nobody has, checked when a login names no account, so that costs the same. */
    private String stranger;

    /** For the CDI proxy only. */
    protected PasswordHashing() {
    }

    @Inject
    PasswordHashing(Pbkdf2PasswordHash hash) {
        this.hash = hash;
    }

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        stranger = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /**
     * Checks a login's password against the account's hash, or, when the name has no account,
     * against a hash nobody's password matches: the answer then takes as long as for a real name,
     * so the time of a failed login does not tell which names have accounts.
     */
    public boolean verify(char[] password, Optional<String> storedHash) {
        boolean matches = hash.verify(password, storedHash.orElse(stranger));
        return storedHash.isPresent() && matches;
    }
}
