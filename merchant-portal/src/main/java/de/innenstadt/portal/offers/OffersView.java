// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.offers;

import de.innenstadt.core.inventory.InventoryService;
import de.innenstadt.core.inventory.OfferQuery;
import de.innenstadt.core.inventory.OfferRow;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A merchant's offers as a lazy table (thousands of rows are normal), with the shelf count editable
 * in place. The service checks ownership of every offer; this view only passes the logged-in actor.
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
    private final Map<Long, Integer> quantities = new HashMap<>();
    private LazyDataModel<OfferRow> model;

    @PostConstruct
    void init() {
        merchantId = actor.get().findMerchantId().orElseThrow();
        model = new OfferModel();
    }

    /** Saves the count typed into one row. */
    public void saveQuantity(long offerId) {
        Integer quantity = quantities.get(offerId);
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("offers.saved");
        OfferRow row = inventory.changeQuantity(actor.get(), offerId, quantity);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(pattern, row.quantity()), null));
    }

    public LazyDataModel<OfferRow> getModel() {
        return model;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
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
            rows.forEach(r -> quantities.put(r.offerId(), r.quantity()));
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
