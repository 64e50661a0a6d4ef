// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.shop;

import de.innenstadt.core.merchant.PostalAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A store's address as a form holds it, with the rules for each field in one place: the store's own
 * page and "Filiale hinzufügen" on the shop page bind their inputs to it
 * ({@code #{storeView.address.street}}), and Bean Validation checks it there.
 */
public class AddressFields implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{portal.street.required}")
    @Size(max = 160, message = "{portal.text.tooLong}")
    private String street;

    @NotBlank(message = "{portal.houseNumber.required}")
    @Size(max = 20, message = "{portal.text.tooLong}")
    private String houseNumber;

    @NotBlank(message = "{portal.postalCode.invalid}")
    @Pattern(regexp = "\\d{5}", message = "{portal.postalCode.invalid}")
    private String postalCode;

    @NotBlank(message = "{portal.city.required}")
    @Size(max = 120, message = "{portal.text.tooLong}")
    private String city;

    /** An empty form for a new store in this town. */
    static AddressFields inTown(String town) {
        AddressFields fields = new AddressFields();
        fields.city = town;
        return fields;
    }

    static AddressFields of(PostalAddress address) {
        AddressFields fields = new AddressFields();
        fields.street = address.street();
        fields.houseNumber = address.houseNumber();
        fields.postalCode = address.postalCode();
        fields.city = address.city();
        return fields;
    }

    PostalAddress toPostalAddress() {
        return new PostalAddress(street.strip(), houseNumber.strip(), postalCode.strip(), city.strip());
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
