// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public face of the shops: what any shopper may read about a merchant and its stores. Only
 * active merchants appear, and the answers are values, so pages never hold entities whose lazy
 * parts would load outside a transaction.
 */
@ApplicationScoped
@Transactional
public class ShopDirectory {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** A shop business with its stores, as its public page shows it. */
    public record ShopProfile(long merchantId, String slug, String name, String description, String category,
            String phone, String email, String website, List<StoreProfile> stores) {

        public ShopProfile {
            stores = List.copyOf(stores);
        }
    }

    /** One store a shopper can walk into. */
    public record StoreProfile(long storeId, long merchantId, String merchantSlug, String merchantName, String name,
            PostalAddress address, GeoPoint location, String phone, String email, boolean pickupEnabled,
            String pickupNote, int preparationMinutes, OpeningCalendar calendar, List<SpecialDay> specialDays) {

        public StoreProfile {
            specialDays = List.copyOf(specialDays);
        }

        /** Opening intervals of a date, honouring exceptions and the given public holidays. */
        public List<OpeningInterval> hoursOn(LocalDate date, Set<LocalDate> publicHolidays) {
            return calendar.intervalsOn(date, publicHolidays);
        }
    }

    /** A date whose hours differ from the weekly plan; {@code opens} is null when the store is closed. */
    public record SpecialDay(LocalDate day, LocalTime opens, LocalTime closes, String note) {

        public boolean closed() {
            return opens == null;
        }
    }

    public Optional<ShopProfile> findShop(String slug) {
        if (slug == null || slug.isBlank() || slug.length() > 80) {
            return Optional.empty();
        }
        List<Merchant> found = em.createQuery("select m from Merchant m where m.slug = :slug and m.active = true",
                Merchant.class).setParameter("slug", slug).getResultList();
        return found.stream().findFirst().map(m -> new ShopProfile(m.getId(), m.getSlug(), m.getName(),
                m.getDescription(), m.getCategory(), m.getPhone(), m.getEmail(), m.getWebsite(),
                m.getStores().stream().map(ShopDirectory::toProfile).toList()));
    }

    /** The given stores of active merchants, keyed by id; unknown or inactive ones are absent. */
    public Map<Long, StoreProfile> stores(Collection<Long> storeIds) {
        Map<Long, StoreProfile> byId = new LinkedHashMap<>();
        if (storeIds.isEmpty()) {
            return byId;
        }
        em.createQuery("select s from Store s join fetch s.merchant m where s.id in :ids and m.active = true"
                        + " order by s.name, s.id", Store.class)
                .setParameter("ids", storeIds)
                .setHint("eclipselink.batch", "s.weeklyHours")
                .setHint("eclipselink.batch", "s.exceptions")
                .getResultList()
                .forEach(s -> byId.put(s.getId(), toProfile(s)));
        return byId;
    }

    /** Stores open at a local time of the city, in name order: the home page's "open now". */
    public List<StoreProfile> openAt(LocalDateTime localTime, Set<LocalDate> publicHolidays) {
        return allStores().stream().filter(s -> s.calendar().isOpenAt(localTime, publicHolidays)).toList();
    }

    /** Every store of an active merchant, in name order. */
    public List<StoreProfile> allStores() {
        return em.createQuery("select s from Store s join fetch s.merchant m where m.active = true order by s.name, s.id",
                        Store.class)
                .setHint("eclipselink.batch", "s.weeklyHours")
                .setHint("eclipselink.batch", "s.exceptions")
                .getResultList()
                .stream()
                .map(ShopDirectory::toProfile)
                .toList();
    }

    /** Slug → name of every active merchant, in name order: shop facet labels and the sitemap. */
    public Map<String, String> shopNames() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select m.slug, m.name from Merchant m where m.active = true order by m.name", Object[].class)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    private static StoreProfile toProfile(Store s) {
        List<SpecialDay> special = s.getExceptions().stream()
                .map(e -> new SpecialDay(e.getDay(), e.findInterval().map(OpeningInterval::opens).orElse(null),
                        e.findInterval().map(OpeningInterval::closes).orElse(null), e.getNote()))
                .toList();
        Merchant m = s.getMerchant();
        return new StoreProfile(s.getId(), m.getId(), m.getSlug(), m.getName(), s.getName(), s.getAddress(),
                s.getLocation(), s.getPhone(), s.getEmail(), s.isPickupEnabled(), s.getPickupNote(),
                s.getPreparationMinutes(), s.openingCalendar(), special);
    }
}
