// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling a service. Services, not pages, decide what a caller may touch: a merchant's actor
 * carries its merchant id and every service checks the id of what is asked for against it.
 */
public record Actor(String username, Role role, Long merchantId) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if ((role == Role.MERCHANT) != (merchantId != null)) {
            throw new IllegalArgumentException("Exactly the merchant role is bound to a merchant");
        }
    }

    public static Actor merchant(String username, long merchantId) {
        return new Actor(username, Role.MERCHANT, merchantId);
    }

    public static Actor staff(String username, Role role) {
        return new Actor(username, role, null);
    }

    public Optional<Long> findMerchantId() {
        return Optional.ofNullable(merchantId);
    }

    /** Passes for admins and for the merchant itself; refuses everyone else. */
    public void requireMerchant(long ownerMerchantId) {
        if (role == Role.ADMIN) {
            return;
        }
        if (role != Role.MERCHANT || merchantId != ownerMerchantId) {
            throw new AccessDeniedException(username + " may not access merchant " + ownerMerchantId);
        }
    }

    public void requireRole(Role required) {
        if (role != required && role != Role.ADMIN) {
            throw new AccessDeniedException(username + " lacks the role " + required.groupName());
        }
    }
}
