// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.offers;

import de.innenstadt.core.catalog.InvalidImageException;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.inventory.InventoryService;
import de.innenstadt.core.inventory.OfferQuery;
import de.innenstadt.core.inventory.OfferRow;
import de.innenstadt.portal.security.CurrentActor;
import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.inventory.InvalidOfferException;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.NewOffer;
import de.innenstadt.core.merchant.MerchantService;
import de.innenstadt.portal.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A merchant's offers as a lazy table (thousands of rows are normal), with price and shelf count
 * editable in place, bulk actions on the chosen rows, and a form for a new product by GTIN. The service checks ownership of every offer; this view only passes the logged-in actor.
 */
@Named
@ViewScoped
public class OffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InventoryService inventory;

    @Inject
    private CurrentActor actor;

    @Inject
    private MerchantService merchants;

    @Inject
    private ProductImages images;

    private long merchantId;
    private String filter;
    private final Map<Long, Integer> quantities = new HashMap<>();
    private final Map<Long, BigDecimal> prices = new HashMap<>();
    private LazyDataModel<OfferRow> model;
    private ArrayList<OfferRow> selected = new ArrayList<>();

    @DecimalMin(value = "-90", message = "{portal.percent.range}")
    @DecimalMax(value = "500", message = "{portal.percent.range}")
    private BigDecimal percent;

    private List<MerchantService.StoreChoice> stores;
    private Long newStoreId;
    private String newGtin;
    private String newTitle;
    private String newBrand;
    private String newImageUrl;
    private String newNetContent;
    /** The file chosen in this request only; a request's upload is never kept in the view state. */
    private transient Part newPhoto;
    private BigDecimal newPrice;
    private Integer newQuantity;
    private boolean newKnown;

    @PostConstruct
    void init() {
        merchantId = actor.get().findMerchantId().orElseThrow();
        model = new OfferModel();
        stores = merchants.findStoreChoices(actor.get(), merchantId);
        newStoreId = stores.isEmpty() ? null : stores.get(0).id();
    }

    /** Saves the price typed into one row. */
    public void savePrice(long offerId) {
        BigDecimal price = prices.get(offerId);
        OfferRow row = inventory.changePrice(actor.get(), offerId, Money.euros(cents(price)));
        Messages.info(null, "offers.priceSaved", row.price().format(Messages.locale())
                + row.unitPrice().map(unit -> " (" + unit.format(Messages.locale()) + ")").orElse(""));
    }

    /** Sets the chosen offers to zero on the shelf. */
    public void setSelectedOutOfStock() {
        if (requireSelection()) {
            List<OfferRow> rows = inventory.setOutOfStock(actor.get(), selectedIds());
            Messages.info(null, "offers.bulk.outOfStock", rows.size());
            selected = new ArrayList<>();
        }
    }

    /** Changes the prices of the chosen offers by the percentage typed. */
    public void changeSelectedPrices() {
        if (percent == null) {
            Messages.error("offers:percent", "offers.bulk.percent.missing");
            return;
        }
        if (requireSelection()) {
            List<OfferRow> rows = inventory.changePriceByPercent(actor.get(), selectedIds(), percent);
            Messages.info(null, "offers.bulk.priced", rows.size(), percent.toPlainString());
            selected = new ArrayList<>();
            percent = null;
        }
    }

    /** Fills title and brand from the catalog when the GTIN typed is known; says what is wrong with it otherwise. */
    public void lookUpGtin() {
        newKnown = false;
        if (!gtinIsValid()) {
            return;
        }
        Optional<InventoryService.ProductFacts> known = inventory.findCatalogProduct(newGtin);
        newKnown = known.isPresent();
        known.ifPresent(facts -> {
            newTitle = facts.title();
            newBrand = facts.brand();
            newImageUrl = facts.imageUrl();
            newNetContent = facts.netContent() == null ? null : facts.netContent().format(Messages.locale());
        });
        Messages.info("newOffer:gtin", newKnown ? "offers.new.known" : "offers.new.unknown");
    }

    public void addOffer() {
        if (newStoreId == null) {
            Messages.error("newOffer:store", "offers.new.store.missing");
            return;
        }
        try {
            OfferRow row = inventory.addOffer(actor.get(), new NewOffer(newStoreId, newGtin, newTitle, newBrand, newImageUrl,
                    newNetContent, Money.euros(cents(newPrice)), newQuantity), photoBytes());
            Messages.info(null, "offers.new.added", row.title(), row.storeName());
            newGtin = null;
            newTitle = null;
            newBrand = null;
            newImageUrl = null;
            newNetContent = null;
            newPrice = null;
            newQuantity = null;
            newKnown = false;
        } catch (InvalidOfferException e) {
            switch (e.field()) {
                case GTIN -> gtinIsValid();
                case TITLE -> Messages.error("newOffer:title", "offers.new.title.missing");
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
            newPhoto = null;
        }
    }

    /** The chosen file's bytes; null when no file was chosen. A file larger than allowed is not read beyond the limit. */
    private byte[] photoBytes() {
        if (newPhoto == null || newPhoto.getSubmittedFileName() == null || newPhoto.getSubmittedFileName().isBlank()) {
            return null;
        }
        long limit = images.maxKilobytes() * 1024L;
        try (InputStream in = newPhoto.getInputStream()) {
            return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded photo", e);
        }
    }

    /** Checks the GTIN typed and says in the merchant's language what is wrong, e.g. which check digit it should end in. */
    private boolean gtinIsValid() {
        String gtin = newGtin == null ? "" : newGtin.strip();
        if (Gtin.problemWith(gtin) == null) {
            return true;
        }
        if (!gtin.matches("\\d{8}|\\d{12,14}")) {
            Messages.error("newOffer:gtin", "offers.new.gtin.format");
        } else {
            Messages.error("newOffer:gtin", "offers.new.gtin.checkDigit", Gtin.checkDigit(gtin.substring(0, gtin.length() - 1)));
        }
        return false;
    }

    private boolean requireSelection() {
        if (selectedIds().isEmpty()) {
            Messages.error(null, "offers.bulk.none");
            return false;
        }
        return true;
    }

    private List<Long> selectedIds() {
        return selected == null ? List.of() : selected.stream().filter(Objects::nonNull).map(OfferRow::offerId).toList();
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Saves the count typed into one row. */
    public void saveQuantity(long offerId) {
        OfferRow row = inventory.changeQuantity(actor.get(), offerId, quantities.get(offerId));
        Messages.info(null, "offers.saved", row.quantity());
    }

    public LazyDataModel<OfferRow> getModel() {
        return model;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public Map<Long, BigDecimal> getPrices() {
        return prices;
    }

    public List<OfferRow> getSelected() {
        return selected;
    }

    public void setSelected(List<OfferRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public List<MerchantService.StoreChoice> getStores() {
        return stores;
    }

    public Long getNewStoreId() {
        return newStoreId;
    }

    public void setNewStoreId(Long newStoreId) {
        this.newStoreId = newStoreId;
    }

    public String getNewGtin() {
        return newGtin;
    }

    public void setNewGtin(String newGtin) {
        this.newGtin = newGtin;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewBrand() {
        return newBrand;
    }

    public void setNewBrand(String newBrand) {
        this.newBrand = newBrand;
    }

    public String getNewImageUrl() {
        return newImageUrl;
    }

    public void setNewImageUrl(String newImageUrl) {
        this.newImageUrl = newImageUrl;
    }

    public String getNewNetContent() {
        return newNetContent;
    }

    public void setNewNetContent(String newNetContent) {
        this.newNetContent = newNetContent;
    }

    public Part getNewPhoto() {
        return newPhoto;
    }

    public void setNewPhoto(Part newPhoto) {
        this.newPhoto = newPhoto;
    }

    public int getMaxPhotoKilobytes() {
        return images.maxKilobytes();
    }

    public BigDecimal getNewPrice() {
        return newPrice;
    }

    public void setNewPrice(BigDecimal newPrice) {
        this.newPrice = newPrice;
    }

    public Integer getNewQuantity() {
        return newQuantity;
    }

    public void setNewQuantity(Integer newQuantity) {
        this.newQuantity = newQuantity;
    }

    public boolean isNewKnown() {
        return newKnown;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    private class OfferModel extends LazyDataModel<OfferRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inventory.countOffers(actor.get(), query(null, 0, 1));
        }

        @Override
        public List<OfferRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            List<OfferRow> rows = inventory.findOffers(actor.get(), query(sort, first, pageSize));
            rows.forEach(r -> {
                quantities.put(r.offerId(), r.quantity());
                prices.put(r.offerId(), BigDecimal.valueOf(r.price().cents(), 2));
            });
            return rows;
        }

        @Override
        public String getRowKey(OfferRow row) {
            return String.valueOf(row.offerId());
        }

        @Override
        public OfferRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.offerId()).equals(rowKey)).findFirst().orElse(null);
        }

        private OfferQuery query(SortMeta sort, int first, int pageSize) {
            OfferQuery.SortField field = OfferQuery.SortField.TITLE;
            boolean ascending = true;
            if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
                field = switch (sort.getField()) {
                    case "quantity" -> OfferQuery.SortField.QUANTITY;
                    case "price" -> OfferQuery.SortField.PRICE;
                    case "updated" -> OfferQuery.SortField.UPDATED;
                    case "store" -> OfferQuery.SortField.STORE;
                    default -> OfferQuery.SortField.TITLE;
                };
                ascending = sort.getOrder() == SortOrder.ASCENDING;
            }
            return new OfferQuery(merchantId, filter, field, ascending, first, Math.min(pageSize, 500));
        }
    }
}
