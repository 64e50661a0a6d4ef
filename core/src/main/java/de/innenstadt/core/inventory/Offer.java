// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.Product;
import de.innenstadt.core.merchant.Store;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One store's offer of one product: price and stock.
 *
 * <p>{@code quantity} is what the shop says it has on the shelf (from its POS feed or the portal);
 * {@code held} is what shoppers have reserved and not yet collected. The POS keeps counting a held
 * item until it is sold at the till, so what may still be reserved is {@code quantity - held}, and a
 * feed never releases or double-counts a reservation. Holding stock itself is done with one
 * conditional SQL update (see the reservation service), never by read-modify-write on this entity.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    private Product product;

    private String sku;

    @Column(name = "price_cents")
    private long priceCents;

    private String currency = "EUR";

    private int quantity;

    private int held;

    @Column(name = "stock_updated_at")
    private Instant stockUpdatedAt;

    @Enumerated(EnumType.STRING)
    private StockSource source;

    @Version
    private long version;

    protected Offer() {
    }

    public Offer(Store store, Product product, Money price, int quantity, StockSource source, Instant now) {
        this.store = store;
        this.product = product;
        this.priceCents = price.cents();
        this.currency = price.currency();
        setStock(quantity, source, now);
    }

    /** Records a new shelf count; a negative count is a mistake upstream, not a state. */
    public void setStock(int quantity, StockSource source, Instant now) {
        if (quantity < 0) {
            throw new IllegalArgumentException("Quantity cannot be negative: " + quantity);
        }
        this.quantity = quantity;
        this.source = source;
        this.stockUpdatedAt = now;
    }

    public void setPrice(Money price) {
        this.priceCents = price.cents();
        this.currency = price.currency();
    }

    public Long getId() {
        return id;
    }

    public Store getStore() {
        return store;
    }

    public Product getProduct() {
        return product;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public Money getPrice() {
        return new Money(priceCents, currency);
    }

    public int getQuantity() {
        return quantity;
    }

    public int getHeld() {
        return held;
    }

    /** What a shopper can still reserve. */
    public int getAvailable() {
        return Math.max(0, quantity - held);
    }

    public Availability getAvailability() {
        return Availability.of(getAvailable());
    }

    public Instant getStockUpdatedAt() {
        return stockUpdatedAt;
    }

    public StockSource getSource() {
        return source;
    }
}
