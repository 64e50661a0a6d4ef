// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.inventory.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One reserved line. Title, category and price are copied at reservation time so the pickup slip and
 * the statistics stay right when the offer later changes or disappears.
 */
@Entity
@Table(name = "reservation_item")
public class ReservationItem {

    /** The values of a line as the shopper saw them. */
    public record Line(long offerId, long productId, String title, String category, int quantity, Money price) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reservation_id")
    private Reservation reservation;

    /** Null once the merchant removed the offer; only closed reservations can lose it (nothing of it may be held). */
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "product_id")
    private long productId;

    private String title;

    private String category;

    private int quantity;

    @Column(name = "price_cents")
    private long priceCents;

    private String currency;

    protected ReservationItem() {
    }

    ReservationItem(Reservation reservation, Line line) {
        if (line.quantity() <= 0) {
            throw new IllegalArgumentException("Quantity must be at least 1");
        }
        this.reservation = reservation;
        this.offerId = line.offerId();
        this.productId = line.productId();
        this.title = line.title();
        this.category = line.category();
        this.quantity = line.quantity();
        this.priceCents = line.price().cents();
        this.currency = line.price().currency();
    }

    public Long getOfferId() {
        return offerId;
    }

    public long getProductId() {
        return productId;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public int getQuantity() {
        return quantity;
    }

    public Money getPrice() {
        return new Money(priceCents, currency);
    }
}
