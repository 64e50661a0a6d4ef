// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

/** A German postal address as printed on a shop's door and on the pickup slip. */
public record PostalAddress(String street, String houseNumber, String postalCode, String city) {

    public String streetLine() {
        return street + " " + houseNumber;
    }

    public String cityLine() {
        return postalCode + " " + city;
    }
}
