// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import de.innenstadt.core.inventory.InventoryService;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.OfferRow;
import de.innenstadt.core.inventory.UnitPrice;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shopper's bag. It lives in the session, which is only created once something is put into
 * the bag, so browsing needs no cookie at all. Items of several shops are kept together here and
 * become one reservation per store at checkout.
 */
@Named
@SessionScoped
public class Bag implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_LINES = 20;

    /**
     * One line: an offer of one store, its price when it was put into the bag, and how many; {@code unitPrice}
     * is the Grundpreis at that price, or {@code null} for goods sold by the piece.
     */
    public record Line(long offerId, long storeId, String storeName, String title, Money price, UnitPrice unitPrice,
            int quantity) implements Serializable {

        /** What the line costs: the price times the quantity. */
        public Money total() {
            return price.times(quantity);
        }
    }

    /** The lines of one store: one pickup, one reservation. */
    public record Pickup(long storeId, String storeName, List<Line> lines) implements Serializable {

        /** What is paid at this store's till, when every line is in one currency (always, so far); empty otherwise. */
        public Optional<Money> total() {
            return Money.sum(lines.stream().map(Line::total).toList());
        }
    }

    @Inject
    private transient InventoryService inventory;

    private final Map<Long, Line> lines = new LinkedHashMap<>();

    /** Identifies this checkout attempt, so a double click reserves once; renewed after each checkout. */
    private String checkoutKey = UUID.randomUUID().toString();

    /** Adds one more of an offer; false when the offer is gone or the bag is full. */
    public boolean add(long offerId) {
        Line existing = lines.get(offerId);
        if (existing != null) {
            lines.put(offerId, new Line(offerId, existing.storeId(), existing.storeName(), existing.title(),
                    existing.price(), existing.unitPrice(), Math.min(existing.quantity() + 1, 99)));
            return true;
        }
        if (lines.size() >= MAX_LINES) {
            return false;
        }
        OfferRow offer = inventory.findPublicOffer(offerId).orElse(null);
        if (offer == null) {
            return false;
        }
        lines.put(offerId, new Line(offerId, offer.storeId(), offer.storeName(), offer.title(), offer.price(),
                offer.unitPrice().orElse(null), 1));
        return true;
    }

    public void setQuantity(long offerId, int quantity) {
        Line line = lines.get(offerId);
        if (line != null) {
            if (quantity <= 0) {
                lines.remove(offerId);
            } else {
                lines.put(offerId, new Line(offerId, line.storeId(), line.storeName(), line.title(), line.price(),
                        line.unitPrice(), Math.min(quantity, 99)));
            }
        }
    }

    public void remove(long offerId) {
        lines.remove(offerId);
    }

    public List<Pickup> getPickups() {
        Map<Long, Pickup> byStore = new LinkedHashMap<>();
        for (Line line : lines.values()) {
            byStore.computeIfAbsent(line.storeId(), id -> new Pickup(id, line.storeName(), new ArrayList<>())).lines().add(line);
        }
        return List.copyOf(byStore.values());
    }

    public int getCount() {
        return lines.values().stream().mapToInt(Line::quantity).sum();
    }

    String checkoutKey() {
        return checkoutKey;
    }

    /** Empties the bag after a checkout and starts a new checkout attempt. */
    void checkedOut(List<Long> reservedStores) {
        lines.values().removeIf(line -> reservedStores.contains(line.storeId()));
        checkoutKey = UUID.randomUUID().toString();
    }
}
