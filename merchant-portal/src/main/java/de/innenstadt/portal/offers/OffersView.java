// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.offers;

import de.innenstadt.core.inventory.InvalidOfferException;
import de.innenstadt.core.inventory.InventoryService;
import de.innenstadt.core.inventory.OfferQuery;
import de.innenstadt.core.inventory.OfferRow;
import de.innenstadt.portal.security.CurrentActor;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.portal.platform.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A merchant's offers as a lazy table (thousands of rows are normal), with price and shelf count
 * editable in place and bulk actions on the chosen rows ({@link NewOfferView} adds offers). The service checks
 * ownership of every offer; this view only passes the logged-in actor.
 */
@Named
@ViewScoped
public class OffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InventoryService inventory;

    @Inject
    private CurrentActor actor;


    private long merchantId;
    private String filter;
    private boolean lowStockOnly;
    private final Map<Long, Integer> quantities = new HashMap<>();
    private final Map<Long, BigDecimal> prices = new HashMap<>();
    private LazyDataModel<OfferRow> model;
    private ArrayList<OfferRow> selected = new ArrayList<>();

    @DecimalMin(value = "-90", message = "{portal.percent.range}")
    @DecimalMax(value = "500", message = "{portal.percent.range}")
    private BigDecimal percent;


    @PostConstruct
    void init() {
        merchantId = actor.get().findMerchantId().orElseThrow();
        model = new OfferModel();
    }

    /** Saves the price typed into one row. */
    public void savePrice(long offerId) {
        BigDecimal price = prices.get(offerId);
        OfferRow row = inventory.changePrice(actor.get(), offerId, Money.euros(price));
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
            Messages.info(null, "offers.bulk.priced", rows.size(), percent);
            selected = new ArrayList<>();
            percent = null;
        }
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

    /**
     * Removes one offer, named by its id (never a row position, ADR 0004), after the owner confirmed it; refused while
     * units of it are reserved.
     */
    public void remove(long offerId, String title) {
        try {
            inventory.removeOffer(actor.get(), offerId);
            selected.removeIf(row -> row != null && row.offerId() == offerId);
            Messages.info(null, "offers.removed", title);
        } catch (InvalidOfferException e) {
            Messages.error(null, "offers.remove.held", title);
        }
    }

    public boolean isLowStockOnly() {
        return lowStockOnly;
    }

    public void setLowStockOnly(boolean lowStockOnly) {
        this.lowStockOnly = lowStockOnly;
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
            return new OfferQuery(merchantId, filter, lowStockOnly, field, ascending, first, Math.min(pageSize, 500));
        }
    }
}
