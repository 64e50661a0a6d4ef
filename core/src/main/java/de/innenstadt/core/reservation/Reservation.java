// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.merchant.Store;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Items a shopper will collect at one store, with the stock held for them until a deadline.
 *
 * <p>Personal data is limited to a name and one way of contact, and is erased some days after the
 * reservation ends ({@link #anonymise}); the items and timestamps stay for the city's statistics.
 */
@Entity
@Table(name = "reservation")
public class Reservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "store_id")
    private Store store;

    private String code;

    private String token;

    @Enumerated(EnumType.STRING)
    private ReservationStatus status = ReservationStatus.REQUESTED;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "customer_email")
    private String customerEmail;

    @Column(name = "customer_phone")
    private String customerPhone;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "ready_from")
    private Instant readyFrom;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "reservation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReservationItem> items = new ArrayList<>();

    protected Reservation() {
    }

    public Reservation(Store store, String code, String token, Channel channel, Customer customer,
            Instant createdAt, Instant readyFrom, Instant expiresAt) {
        this.store = store;
        this.code = code;
        this.token = token;
        this.channel = channel;
        this.customerName = customer.name();
        this.customerEmail = customer.email();
        this.customerPhone = customer.phone();
        this.createdAt = createdAt;
        this.readyFrom = readyFrom;
        this.expiresAt = expiresAt;
    }

    public void addItem(ReservationItem.Line line) {
        items.add(new ReservationItem(this, line));
    }

    /** Moves to the next state and stamps the time; refuses moves the life cycle does not allow. */
    public void moveTo(ReservationStatus next, Instant now, String actor) {
        if (!status.canMoveTo(next)) {
            throw new IllegalReservationTransitionException(status, next);
        }
        switch (next) {
            case CONFIRMED -> confirmedAt = now;
            case READY -> {
                if (confirmedAt == null) {
                    confirmedAt = now;
                }
                readyAt = now;
            }
            case COLLECTED -> collectedAt = now;
            case CANCELLED -> {
                cancelledAt = now;
                cancelledBy = actor;
            }
            case EXPIRED -> expiredAt = now;
            case REQUESTED -> throw new IllegalReservationTransitionException(status, next);
        }
        status = next;
    }

    /** Erases what identifies the shopper; counts, items and times are kept for statistics. */
    public void anonymise(Instant now) {
        customerName = null;
        customerEmail = null;
        customerPhone = null;
        anonymisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Store getStore() {
        return store;
    }

    public String getCode() {
        return code;
    }

    public String getToken() {
        return token;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public Channel getChannel() {
        return channel;
    }

    public Customer getCustomer() {
        return new Customer(customerName, customerEmail, customerPhone);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** From when the goods can be collected; empty for reservations made before stores had a preparation time. */
    public Instant getReadyFrom() {
        return readyFrom;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getExpiredAt() {
        return expiredAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    /** What the shopper pays at pickup; empty when the items' currencies differ. */
    public Optional<Money> getTotal() {
        return Money.sum(items.stream().map(item -> item.getPrice().times(item.getQuantity())).toList());
    }

    public List<ReservationItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
