// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Pickup codes and status tokens. The code is read aloud at the counter, so its alphabet has no
 * characters that look or sound alike (no 0/O, 1/I/L); the token in the status link is 256 random
 * bits, so guessing one is hopeless.
 */
final class PickupCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PickupCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
