// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import de.innenstadt.core.platform.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores roles under their group names, which the identity store's group query returns as they are. */
@Converter(autoApply = true)
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.groupName();
    }

    @Override
    public Role convertToEntityAttribute(String groupName) {
        return groupName == null ? null : Role.ofGroup(groupName);
    }
}
