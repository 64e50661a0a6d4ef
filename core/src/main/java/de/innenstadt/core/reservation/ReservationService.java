// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.city.CitySettings;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.inventory.Offer;
import de.innenstadt.core.inventory.StockLedger;
import de.innenstadt.core.merchant.Store;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Click and collect: holds stock for a shopper at one store and moves the reservation through its
 * life until the items are collected, cancelled or the hold expires.
 *
 * <p>The hold runs from the moment the goods can be collected ({@link PickupReadiness}), not from
 * the moment of reserving, so a reservation made on Saturday evening is not over before the store
 * opens again.
 *
 * <p>Stock is held, released and handed over by the {@link StockLedger} (one conditional update per
 * offer, in ascending offer id order); the database decides, so stock is never oversold whatever the
 * number of instances. Everything a reservation changes (held stock, the reservation, the outbox rows
 * that update search) commits or rolls back together.
 */
@ApplicationScoped
@Transactional
public class ReservationService {

    static final int MAX_ITEMS = 20;
    static final int MAX_QUANTITY = 99;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StockLedger ledger;

    @Inject
    private CitySettingsService city;

    @Inject
    private Event<ReservationChanged> changed;

    @Inject
    private Event<ReservationAnonymised> anonymised;

    /** One line of a reservation request. */
    public record ItemRequest(long offerId, int quantity) {
    }

    /** What a shopper (or a merchant on the phone) asks to reserve at one store. */
    public record ReserveCommand(long storeId, List<ItemRequest> items, Customer customer, Channel channel) {
    }

    /** A client's idempotency key and the hash of its request body. */
    public record IdempotencyKey(String key, String requestSha256) {
    }

    /**
     * Reserves at most once per idempotency key: the key is recorded in the same transaction as the
     * reservation, so a retried request (even one racing the first) gets the first reservation back
     * instead of holding stock twice. A failed attempt records nothing and may be retried.
     *
     * @throws IdempotencyConflictException when the key was used for a different request
     */
    public Reservation reserve(ReserveCommand command, IdempotencyKey idempotency) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO idempotency_record (scope, idem_key, request_sha256,"
                        + " status_code, response_body) VALUES ('reservation', ?1, ?2, 201, '')")
                .setParameter(1, idempotency.key())
                .setParameter(2, idempotency.requestSha256())
                .executeUpdate();
        if (inserted == 0) {
            Object[] first = (Object[]) em.createNativeQuery("SELECT request_sha256, response_body FROM idempotency_record"
                            + " WHERE scope = 'reservation' AND idem_key = ?1")
                    .setParameter(1, idempotency.key())
                    .getSingleResult();
            if (!idempotency.requestSha256().equals(first[0])) {
                throw new IdempotencyConflictException();
            }
            return em.find(Reservation.class, Long.valueOf((String) first[1]));
        }
        Reservation reservation = reserve(command);
        em.flush();
        em.createNativeQuery("UPDATE idempotency_record SET response_body = ?1 WHERE scope = 'reservation' AND idem_key = ?2")
                .setParameter(1, String.valueOf(reservation.getId()))
                .setParameter(2, idempotency.key())
                .executeUpdate();
        return reservation;
    }

    /**
     * Holds the items and creates the reservation.
     *
     * @throws InvalidReservationException when the request itself is wrong (field → reason)
     * @throws InsufficientStockException when an item is not available in that quantity; nothing is held
     */
    public Reservation reserve(ReserveCommand command) {
        SortedMap<Long, Integer> quantities = validate(command);
        // the merchant in the same statement: its state, hold time and address are needed below
        Store store = em.createQuery("select s from Store s join fetch s.merchant where s.id = :id", Store.class)
                .setParameter("id", command.storeId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (store == null || !store.isPickupEnabled() || !store.getMerchant().isActive()) {
            throw new InvalidReservationException(Map.of("storeId", "This store takes no reservations."));
        }
        List<Long> shortOffers = ledger.hold(quantities);
        // read after the hold: the rows we hold are locked, so quantity - held is exact for them
        Map<Long, Offer> offers = em.createQuery("select o from Offer o join fetch o.product where o.id in :ids",
                        Offer.class)
                .setParameter("ids", quantities.keySet())
                .getResultStream()
                .collect(Collectors.toMap(Offer::getId, Function.identity()));
        for (Long offerId : quantities.keySet()) {
            Offer offer = offers.get(offerId);
            if (offer == null || !offer.getStore().getId().equals(store.getId())) {
                throw new InvalidReservationException(Map.of("items", "Offer " + offerId + " is not sold by this store."));
            }
        }
        if (!shortOffers.isEmpty()) {
            throw new InsufficientStockException(shortOffers.stream()
                    .map(id -> new InsufficientStockException.Shortage(id, offers.get(id).getAvailable()))
                    .toList());
        }

        Instant now = Instant.now(clock);
        CitySettings settings = city.current();
        Instant readyFrom = PickupReadiness.readyFrom(now, Duration.ofMinutes(store.getPreparationMinutes()),
                store.openingCalendar(), city.holidaysAroundNow(), settings.getZone());
        Instant expiresAt = readyFrom.plus(Duration.ofHours(store.getMerchant().getHoldHours()));
        Reservation reservation = new Reservation(store, uniqueCode(store), PickupCodes.newToken(), command.channel(),
                command.customer(), now, readyFrom, expiresAt);
        quantities.forEach((offerId, quantity) -> {
            Offer offer = offers.get(offerId);
            reservation.addItem(new ReservationItem.Line(offerId, offer.getProduct().getId(), offer.getProduct().getTitle(),
                    offer.getProduct().getCategory(), quantity, offer.getPrice()));
        });
        em.persist(reservation);
        em.flush();
        ledger.announce(quantities.entrySet().stream()
                .filter(line -> {
                    Offer offer = offers.get(line.getKey());
                    int availableAfter = offer.getQuantity() - offer.getHeld();
                    return StockLedger.searchSeesChange(availableAfter + line.getValue(), availableAfter);
                })
                .map(line -> offers.get(line.getKey()).getProduct().getId())
                .toList());
        changed.fire(new ReservationChanged(reservation.getId(), reservation.getStatus()));
        return reservation;
    }

    /**
     * A merchant enters a reservation for a customer who phoned or came by: the same rules and the
     * same held stock as online, but a name is enough.
     */
    public Reservation reserveForCustomer(Actor actor, ReserveCommand command) {
        Store store = em.find(Store.class, command.storeId());
        if (store == null) {
            throw new NotFoundException("No store " + command.storeId());
        }
        actor.requireMerchant(store.getMerchant().getId());
        if (command.channel() == Channel.ONLINE) {
            throw new InvalidReservationException(Map.of("channel", "Merchants enter phone or counter reservations."));
        }
        return reserve(command);
    }

    /** One of the merchant's reservations. */
    public Reservation owned(Actor actor, long reservationId) {
        Reservation reservation = em.find(Reservation.class, reservationId);
        if (reservation == null) {
            throw new NotFoundException("No reservation " + reservationId);
        }
        actor.requireMerchant(reservation.getStore().getMerchant().getId());
        return reservation;
    }

    /** How many reservations named this e-mail address or phone number since a time: a limit against abuse. */
    public long countByContactSince(String contact, Instant since) {
        return em.createQuery("select count(r) from Reservation r where (r.customerEmail = :contact or r.customerPhone = :contact)"
                        + " and r.createdAt >= :since", Long.class)
                .setParameter("contact", contact)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The reservation behind a status link; empty for unknown tokens. */
    public Optional<Reservation> findByToken(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return em.createQuery("select r from Reservation r join fetch r.store where r.token = :token", Reservation.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    /** The shopper cancels through the status link; held stock returns at once. */
    public Reservation cancelByShopper(String token) {
        Reservation reservation = findByToken(token).orElseThrow(() -> new NotFoundException("No such reservation"));
        end(reservation, ReservationStatus.CANCELLED, "SHOPPER");
        return reservation;
    }

    /** A merchant moves one of its reservations on: confirm, ready, collected or cancelled. */
    public Reservation advance(Actor actor, long reservationId, ReservationStatus next) {
        Reservation reservation = em.find(Reservation.class, reservationId);
        if (reservation == null) {
            throw new NotFoundException("No reservation " + reservationId);
        }
        actor.requireMerchant(reservation.getStore().getMerchant().getId());
        switch (next) {
            case CONFIRMED, READY -> reservation.moveTo(next, Instant.now(clock), actor.username());
            case COLLECTED -> collect(reservation, actor);
            case CANCELLED -> end(reservation, ReservationStatus.CANCELLED, "MERCHANT");
            case REQUESTED, EXPIRED -> throw new IllegalReservationTransitionException(reservation.getStatus(), next);
        }
        if (next == ReservationStatus.CONFIRMED || next == ReservationStatus.READY) {
            changed.fire(new ReservationChanged(reservation.getId(), next));
        }
        return reservation;
    }

    /**
     * Expires reservations whose hold ran out and releases their stock. Rows are claimed with
     * {@code SKIP LOCKED}, so several instances may sweep at once; a reservation that a merchant is
     * handling right now is simply left for the next sweep.
     *
     * @return how many reservations expired
     */
    public int expireDue(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM reservation WHERE status IN ('REQUESTED','CONFIRMED','READY')"
                        + " AND expires_at <= ?1 ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(Instant.now(clock)))
                .setParameter(2, limit)
                .getResultList();
        for (Number id : ids) {
            end(em.find(Reservation.class, id.longValue()), ReservationStatus.EXPIRED, "SYSTEM");
        }
        return ids.size();
    }

    /**
     * Erases the personal data of reservations that ended more than {@code retention} ago; counts,
     * items and times stay for statistics.
     *
     * @return how many reservations were anonymised
     */
    public int anonymiseEndedBefore(Duration retention, int limit) {
        Instant cutoff = Instant.now(clock).minus(retention);
        List<Reservation> ended = em.createQuery("select r from Reservation r where r.anonymisedAt is null"
                        + " and (r.collectedAt < :cutoff or r.cancelledAt < :cutoff or r.expiredAt < :cutoff)",
                        Reservation.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
        Instant now = Instant.now(clock);
        for (Reservation reservation : ended) {
            reservation.anonymise(now);
            anonymised.fire(new ReservationAnonymised(reservation.getId()));
        }
        return ended.size();
    }

    private void collect(Reservation reservation, Actor actor) {
        Instant now = Instant.now(clock);
        reservation.moveTo(ReservationStatus.COLLECTED, now, actor.username());
        ledger.handOver(held(reservation));
        changed.fire(new ReservationChanged(reservation.getId(), ReservationStatus.COLLECTED));
    }

    private void end(Reservation reservation, ReservationStatus ending, String actor) {
        Instant now = Instant.now(clock);
        reservation.moveTo(ending, now, actor);
        changed.fire(new ReservationChanged(reservation.getId(), ending));
        ledger.release(held(reservation));
    }

    private static List<StockLedger.Held> held(Reservation reservation) {
        return reservation.getItems().stream()
                .map(item -> new StockLedger.Held(item.getOfferId(), item.getProductId(), item.getQuantity()))
                .toList();
    }

    private SortedMap<Long, Integer> validate(ReserveCommand command) {
        Map<String, String> errors = new LinkedHashMap<>();
        Customer customer = command.customer();
        if (customer == null || customer.name() == null || customer.name().isBlank()) {
            errors.put("customer.name", "Please give a name for the pickup.");
        } else if (customer.name().length() > 120) {
            errors.put("customer.name", "The name may be at most 120 characters long.");
        }
        if (customer != null && customer.email() != null && !customer.email().isBlank()
                && !customer.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("customer.email", "This is not an e-mail address.");
        }
        if (customer != null && customer.phone() != null && !customer.phone().isBlank()
                && !customer.phone().matches("[+0-9 ()/-]{5,40}")) {
            errors.put("customer.phone", "This is not a phone number.");
        }
        if (command.channel() == Channel.ONLINE && (customer == null || !customer.hasContact())) {
            errors.put("customer.email", "Please give an e-mail address or a phone number.");
        }
        SortedMap<Long, Integer> quantities = new TreeMap<>();
        if (command.items() == null || command.items().isEmpty()) {
            errors.put("items", "Please choose at least one item.");
        } else if (command.items().size() > MAX_ITEMS) {
            errors.put("items", "A reservation may hold at most " + MAX_ITEMS + " items.");
        } else {
            for (ItemRequest item : command.items()) {
                if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
                    errors.put("items", "Each quantity must lie between 1 and " + MAX_QUANTITY + ".");
                }
                quantities.merge(item.offerId(), item.quantity(), Integer::sum);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidReservationException(errors);
        }
        return quantities;
    }

    /** Codes are unique per store; a clash among 887 million codes is rare but must not fail the reservation. */
    private String uniqueCode(Store store) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = PickupCodes.newCode();
            long clashes = em.createQuery("select count(r) from Reservation r where r.store = :store and r.code = :code", Long.class)
                    .setParameter("store", store)
                    .setParameter("code", code)
                    .getSingleResult();
            if (clashes == 0) {
                return code;
            }
        }
        throw new IllegalStateException("No free pickup code after five attempts");
    }
}
