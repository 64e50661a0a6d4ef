// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

/** What a portal user may do; the names are the security groups the container checks. */
public enum Role {
    MERCHANT("merchant"),
    CITY_MANAGER("city-manager"),
    ADMIN("admin");

    private final String groupName;

    Role(String groupName) {
        this.groupName = groupName;
    }

    public String groupName() {
        return groupName;
    }

    public static Role ofGroup(String groupName) {
        for (Role role : values()) {
            if (role.groupName.equals(groupName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + groupName);
    }
}
