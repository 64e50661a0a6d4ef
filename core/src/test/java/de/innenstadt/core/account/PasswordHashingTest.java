// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Records which hashes were checked; a hash is "hash:" + the password. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        final List<String> checked = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            checked.add(hashedPassword);
            return hashedPassword.equals(generate(password));
        }
    }

    /** The time of a failed login must not tell whether the name has an account: both check one hash. */
    @Test
    void aLoginWithoutAccountChecksOneHashLikeALoginWithOne() {
        CountingHash hash = new CountingHash();
        PasswordHashing hashing = new PasswordHashing(hash);
        hashing.configure();

        assertThat(hashing.verify("geheim".toCharArray(), Optional.of("hash:geheim"))).isTrue();
        assertThat(hashing.verify("falsch".toCharArray(), Optional.of("hash:geheim"))).isFalse();
        assertThat(hashing.verify("geheim".toCharArray(), Optional.empty())).isFalse();
        assertThat(hash.checked).hasSize(3);
        assertThat(hash.checked.get(2)).as("a hash nobody's password matches").startsWith("hash:").isNotEqualTo("hash:geheim");
    }
}
