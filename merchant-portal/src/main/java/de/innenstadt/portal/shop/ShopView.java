// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.shop;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.MerchantService;
import de.innenstadt.core.merchant.MerchantService.ShopProfile;
import de.innenstadt.core.merchant.MerchantService.StoreChoice;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** The shop as shoppers see it (name, description, contact) and how long reservations are held. */
@Named
@ViewScoped
public class ShopView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MerchantService merchants;

    @Inject
    private CurrentActor actor;

    private long merchantId;
    private List<StoreChoice> stores;

    @NotBlank(message = "{portal.name.required}")
    @Size(max = 160, message = "{portal.text.tooLong}")
    private String name;

    @Size(max = 2000, message = "{portal.text.tooLong}")
    private String description;

    @Email(message = "{portal.email.invalid}")
    @Size(max = 200, message = "{portal.text.tooLong}")
    private String email;

    @Pattern(regexp = "[+0-9 ()/-]{0,40}", message = "{portal.phone.invalid}")
    private String phone;

    @Pattern(regexp = "(https?://\\S{1,290})?", message = "{portal.url.invalid}")
    private String website;

    @Min(value = 1, message = "{portal.holdHours.range}")
    @Max(value = 720, message = "{portal.holdHours.range}")
    private int holdHours;

    @Inject
    private CitySettingsService city;

    @NotBlank(message = "{portal.name.required}")
    @Size(max = 160, message = "{portal.text.tooLong}")
    private String newStoreName;

    private AddressFields newAddress;

    @PostConstruct
    void load() {
        merchantId = actor.get().findMerchantId().orElseThrow();
        ShopProfile profile = merchants.findProfile(actor.get(), merchantId);
        name = profile.name();
        description = profile.description();
        email = profile.email();
        phone = profile.phone();
        website = profile.website();
        holdHours = profile.holdHours();
        stores = merchants.findStoreChoices(actor.get(), merchantId);
        newAddress = AddressFields.inTown(city.current().getName());
    }

    /**
     * Opens a store at the address given. It starts at the town's centre on the map; the store's own form, linked in
     * the message, sets position, hours and pickup.
     */
    public void addStore() {
        String name = newStoreName.strip();
        merchants.addStore(actor.get(), merchantId, name, newAddress.toPostalAddress(), city.current().getMapCenter());
        stores = merchants.findStoreChoices(actor.get(), merchantId);
        Messages.info(null, "shop.store.added", name);
        newStoreName = null;
        newAddress = AddressFields.inTown(city.current().getName());
    }

    public AddressFields getNewAddress() {
        return newAddress;
    }

    public String getNewStoreName() {
        return newStoreName;
    }

    public void setNewStoreName(String newStoreName) {
        this.newStoreName = newStoreName;
    }

    public void save() {
        merchants.saveProfile(actor.get(), merchantId, new ShopProfile(name, description, email, phone, website, holdHours));
        Messages.info(null, "shop.saved");
    }

    public List<StoreChoice> getStores() {
        return stores;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public int getHoldHours() {
        return holdHours;
    }

    public void setHoldHours(int holdHours) {
        this.holdHours = holdHours;
    }
}
