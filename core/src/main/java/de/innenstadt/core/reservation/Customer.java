// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who collects a reservation: a name and one way to reach them, nothing more (data minimisation).
 * Online reservations need an e-mail or phone; a merchant may enter a phone reservation with a
 * name only.
 */
public record Customer(
        @NotBlank @Size(max = 120) String name,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "[+0-9 ()/-]{5,40}") String phone) {

    public boolean hasContact() {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
    }
}
