// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Outbox;
import de.innenstadt.core.platform.OutboxEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A merchant's own shop data as the portal reads and edits it: profile, pickup settings, stores with
 * address, position and opening hours. Every call checks the caller against the merchant that owns
 * the data, and every change that shoppers see in search writes an outbox row in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class MerchantService {

    /** A store to choose in a form, with the code its till's feeds name it by. */
    public record StoreChoice(long id, String name, String code) implements Serializable {
    }

    /** What shoppers read about the shop, and how long reservations are held. */
    public record ShopProfile(String name, String description, String email, String phone, String website, int holdHours) {
    }

    /**
     * A store as its form shows it; {@code weeklyHours} is the compact door-sign form
     * ({@link OpeningHoursSpec}), e.g. {@code Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-14:00};
     * {@code preparationMinutes} is how long the staff need before reserved goods can be collected.
     */
    public record StoreDetails(long id, String name, PostalAddress address, GeoPoint location, String phone, String email,
            boolean pickupEnabled, String pickupNote, int preparationMinutes, String weeklyHours) {
    }

    /** A date with other hours than usual; closed all day when the times are empty. */
    public record ExceptionRow(long id, LocalDate day, LocalTime opens, LocalTime closes, String note) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ShopProfile findProfile(Actor actor, long merchantId) {
        Merchant m = owned(actor, merchantId);
        return new ShopProfile(m.getName(), m.getDescription(), m.getEmail(), m.getPhone(), m.getWebsite(), m.getHoldHours());
    }

    public void saveProfile(Actor actor, long merchantId, ShopProfile profile) {
        Merchant merchant = owned(actor, merchantId);
        merchant.setName(profile.name().strip());
        merchant.setDescription(blankToNull(profile.description()));
        merchant.setEmail(blankToNull(profile.email()));
        merchant.setPhone(blankToNull(profile.phone()));
        merchant.setWebsite(blankToNull(profile.website()));
        merchant.setHoldHours(profile.holdHours());
        merchant.getStores().forEach(this::announce);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StoreDetails findStore(Actor actor, long storeId) {
        Store s = ownedStore(actor, storeId);
        return new StoreDetails(s.getId(), s.getName(), s.getAddress(), s.getLocation(), s.getPhone(), s.getEmail(),
                s.isPickupEnabled(), s.getPickupNote(), s.getPreparationMinutes(), OpeningHoursSpec.format(s.getWeeklyHours()));
    }

    /**
     * Saves a store's form as a whole.
     *
     * @throws IllegalArgumentException when the opening hours are not in the compact form (the message names the
     *         part) or the preparation time is out of range; nothing is changed then
     */
    public void saveStore(Actor actor, StoreDetails details) {
        Store store = ownedStore(actor, details.id());
        List<OpeningInterval> hours = OpeningHoursSpec.parse(details.weeklyHours());
        store.setPreparationMinutes(details.preparationMinutes());
        store.setName(details.name().strip());
        store.moveTo(details.address(), details.location());
        store.setPhone(blankToNull(details.phone()));
        store.setEmail(blankToNull(details.email()));
        store.setPickupEnabled(details.pickupEnabled());
        store.setPickupNote(blankToNull(details.pickupNote()));
        store.replaceWeeklyHours(hours);
        announce(store);
    }

    /**
     * Opens a new store of the merchant, e.g. the first one of a merchant who was just invited. Its code, the one
     * the till's feeds name it by, is the lowest number no other store of the merchant uses; position, hours and
     * pickup are set on the store's own form afterwards.
     *
     * @return the new store's id
     */
    public long addStore(Actor actor, long merchantId, String name, PostalAddress address, GeoPoint location) {
        Merchant merchant = owned(actor, merchantId);
        Set<String> codes = merchant.getStores().stream().map(Store::getCode).collect(Collectors.toSet());
        String code = IntStream.iterate(1, n -> n + 1).mapToObj(String::valueOf).filter(n -> !codes.contains(n))
                .findFirst().orElseThrow();
        Store store = new Store(merchant, code, name.strip(), new PostalAddress(address.street().strip(),
                address.houseNumber().strip(), address.postalCode().strip(), address.city().strip()), location);
        em.persist(store);
        em.flush(); // the database assigns the id
        announce(store);
        return store.getId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExceptionRow> findExceptions(Actor actor, long storeId) {
        return ownedStore(actor, storeId).getExceptions().stream()
                .map(e -> new ExceptionRow(e.getId(), e.getDay(), e.findInterval().map(OpeningInterval::opens).orElse(null),
                        e.findInterval().map(OpeningInterval::closes).orElse(null), e.getNote()))
                .toList();
    }

    /** Closes a store on a date (no times) or opens it at other hours, e.g. on a public holiday with a market. */
    public void addException(Actor actor, long storeId, LocalDate day, LocalTime opens, LocalTime closes, String note) {
        Store store = ownedStore(actor, storeId);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening must come before closing");
        }
        store.getExceptions().stream().filter(e -> e.getDay().equals(day)).map(OpeningException::getId).toList()
                .forEach(store::removeException);
        em.flush();
        store.addException(day, opens, closes, blankToNull(note));
        announce(store);
    }

    public void removeException(Actor actor, long storeId, long exceptionId) {
        Store store = ownedStore(actor, storeId);
        store.removeException(exceptionId);
        announce(store);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoreChoice> findStoreChoices(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        return em.createQuery("select s.id, s.name, s.code from Store s where s.merchant.id = :merchant order by s.name", Object[].class)
                .setParameter("merchant", merchantId)
                .getResultStream()
                .map(row -> new StoreChoice((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    private Merchant owned(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        Merchant merchant = em.find(Merchant.class, merchantId);
        if (merchant == null) {
            throw new NotFoundException("No merchant " + merchantId);
        }
        return merchant;
    }

    private Store ownedStore(Actor actor, long storeId) {
        Store store = em.find(Store.class, storeId);
        if (store == null) {
            throw new NotFoundException("No store " + storeId);
        }
        actor.requireMerchant(store.getMerchant().getId());
        return store;
    }

    private void announce(Store store) {
        outbox.announce(OutboxEntry.Aggregate.STORE, store.getId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
