// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.offers;

import de.innenstadt.core.catalog.Categories;
import de.innenstadt.core.catalog.Category;
import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.catalog.InvalidImageException;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.inventory.InvalidOfferException;
import de.innenstadt.core.inventory.InventoryService;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.NewOffer;
import de.innenstadt.core.inventory.OfferRow;
import de.innenstadt.core.merchant.MerchantService;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form under the offer list for a product the merchant starts selling, entered by GTIN: a GTIN the catalog
 * knows fills in its title, brand, department, picture and content and keeps them; a new one needs a title and a
 * department (so shoppers find it by browsing too), and may bring a picture and its content for the Grundpreis.
 * Every refusal is shown at the field it concerns, in the page's language.
 */
@Named
@ViewScoped
public class NewOfferView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InventoryService inventory;

    @Inject
    private CurrentActor actor;

    @Inject
    private MerchantService merchants;

    @Inject
    private ProductImages images;

    @Inject
    private Categories categories;

    private List<MerchantService.StoreChoice> stores;
    private ArrayList<SelectItem> categoryChoices;
    private Long storeId;
    private String gtin;
    private String title;
    private String brand;
    private String category;
    private String imageUrl;
    private String netContent;
    /** The file chosen in this request only; a request's upload is never kept in the view state. */
    private transient Part photo;
    private BigDecimal price;
    private Integer quantity;
    private boolean known;

    @PostConstruct
    void init() {
        stores = merchants.findStoreChoices(actor.get(), actor.get().findMerchantId().orElseThrow());
        storeId = stores.isEmpty() ? null : stores.get(0).id();
    }

    /** Fills the product's data from the catalog when the GTIN typed is known; says what is wrong with it otherwise. */
    public void lookUpGtin() {
        known = false;
        if (!gtinIsValid()) {
            return;
        }
        Optional<InventoryService.ProductFacts> facts = inventory.findCatalogProduct(gtin);
        known = facts.isPresent();
        facts.ifPresent(product -> {
            title = product.title();
            brand = product.brand();
            category = product.category();
            imageUrl = product.imageUrl();
            netContent = product.netContent() == null ? null : product.netContent().format(Messages.locale());
        });
        Messages.info("newOffer:gtin", known ? "offers.new.known" : "offers.new.unknown");
    }

    public void addOffer() {
        if (storeId == null) {
            Messages.error("newOffer:store", "offers.new.store.missing");
            return;
        }
        try {
            OfferRow row = inventory.addOffer(actor.get(), new NewOffer(storeId, gtin, title, brand, category, imageUrl,
                    netContent, Money.euros(price), quantity), photoBytes());
            Messages.info(null, "offers.new.added", row.title(), row.storeName());
            gtin = null;
            title = null;
            brand = null;
            category = null;
            imageUrl = null;
            netContent = null;
            price = null;
            quantity = null;
            known = false;
        } catch (InvalidOfferException e) {
            switch (e.field()) {
                case GTIN -> gtinIsValid();
                case TITLE -> Messages.error("newOffer:title", "offers.new.title.missing");
                case CATEGORY -> Messages.error("newOffer:category", "offers.new.category.missing");
                case IMAGE_URL -> Messages.error("newOffer:imageUrl", "offers.new.image.invalid");
                case IMAGE_FILE -> Messages.error("newOffer:photo", "offers.new.photo.known");
                case NET_CONTENT -> Messages.error("newOffer:netContent", "offers.new.netContent.invalid");
                case DUPLICATE -> Messages.error("newOffer:gtin", "offers.new.duplicate");
            }
        } catch (InvalidImageException e) {
            String max = String.valueOf(e.maxKilobytes());
            switch (e.problem()) {
                case EMPTY -> Messages.error("newOffer:photo", "offers.new.photo.empty");
                case TOO_LARGE -> Messages.error("newOffer:photo", "offers.new.photo.tooLarge", max);
                case UNSUPPORTED_TYPE -> Messages.error("newOffer:photo", "offers.new.photo.type");
                case DAMAGED -> Messages.error("newOffer:photo", "offers.new.photo.damaged");
                case TOO_MANY_PIXELS -> Messages.error("newOffer:photo", "offers.new.photo.pixels");
            }
        } finally {
            photo = null;
        }
    }

    /** The chosen file's bytes; null when no file was chosen. A file larger than allowed is not read beyond the limit. */
    private byte[] photoBytes() {
        if (photo == null || photo.getSubmittedFileName() == null || photo.getSubmittedFileName().isBlank()) {
            return null;
        }
        long limit = images.maxKilobytes() * 1024L;
        try (InputStream in = photo.getInputStream()) {
            return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded photo", e);
        }
    }

    /** Checks the GTIN typed and says in the merchant's language what is wrong, e.g. which check digit it should end in. */
    private boolean gtinIsValid() {
        String typed = gtin == null ? "" : gtin.strip();
        if (Gtin.problemWith(typed) == null) {
            return true;
        }
        if (!typed.matches("\\d{8}|\\d{12,14}")) {
            Messages.error("newOffer:gtin", "offers.new.gtin.format");
        } else {
            Messages.error("newOffer:gtin", "offers.new.gtin.checkDigit", Gtin.checkDigit(typed.substring(0, typed.length() - 1)));
        }
        return false;
    }

    /** The departments of the city's shop pages, named in the page's language; read once per view, not per redraw. */
    public List<SelectItem> getCategories() {
        if (categoryChoices == null) {
            categoryChoices = new ArrayList<>(categories.all().stream()
                    .map((Category c) -> new SelectItem(c.getSlug(), c.name(Messages.locale()))).toList());
        }
        return categoryChoices;
    }

    public List<MerchantService.StoreChoice> getStores() {
        return stores;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getGtin() {
        return gtin;
    }

    public void setGtin(String gtin) {
        this.gtin = gtin;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public String getNetContent() {
        return netContent;
    }

    public void setNetContent(String netContent) {
        this.netContent = netContent;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public int getMaxPhotoKilobytes() {
        return images.maxKilobytes();
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public boolean isKnown() {
        return known;
    }
}
