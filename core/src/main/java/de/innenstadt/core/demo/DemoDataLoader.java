// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.account.PasswordHashing;
import de.innenstadt.core.account.UserAccount;
import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.catalog.Product;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.feed.ApiKey;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.Offer;
import de.innenstadt.core.inventory.StockSource;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.Store;
import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Fills an empty database with Kaiserslautern's demo city centre: shops at real addresses, a
 * generated catalogue with valid GTINs, offers, and the demo logins and API keys listed in the
 * README. It runs only when {@code innenstadt.demo-data} is on and no merchant exists yet, so real
 * data is never touched.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Seed of the generated catalogue: the same demo everywhere, so the README's examples hold. */
    static final long SEED = 20_261_122L;
    static final int PRODUCTS = 5_200;

    /** Demo password of every demo account; printed by the launcher, never used outside the demo. */
    public static final String DEMO_PASSWORD = "Innenstadt-Demo-2026";

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private PasswordHashing passwordHashing;

    @Inject
    private Clock clock;

    @Inject
    private DemoCity city;

    @Inject
    private CitySettingsService citySettings;

    /** Loads the demo when no merchant exists; returns whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        long merchants = em.createQuery("select count(m) from Merchant m", Long.class).getSingleResult();
        if (merchants > 0) {
            return false;
        }
        long started = System.nanoTime();
        Instant now = Instant.now(clock);
        List<DemoShop> shops = DemoShops.load();
        List<DemoProduct> catalog = DemoCatalog.generate(SEED, PRODUCTS);
        List<DemoOffer> offers = DemoAssortment.assign(shops, catalog, SEED);

        Map<String, Merchant> merchantsBySlug = new LinkedHashMap<>();
        Map<String, Store> storesByKey = new HashMap<>();
        for (DemoShop shop : shops) {
            Merchant merchant = merchantsBySlug.computeIfAbsent(shop.slug(), slug -> {
                Merchant m = new Merchant(slug, shop.merchantName());
                m.setCategory(shop.category());
                m.setDescription(shop.description());
                m.setEmail(shop.email());
                m.setPhone(shop.phone());
                m.setWebsite(shop.website());
                em.persist(m);
                return m;
            });
            String code = "filiale-" + (storesByKey.keySet().stream().filter(k -> k.startsWith(shop.slug() + "|")).count() + 1);
            Store store = new Store(merchant, code, shop.storeName(),
                    new PostalAddress(shop.street(), shop.houseNumber(), shop.postalCode(), "Kaiserslautern"),
                    GeoPoint.of(shop.lat(), shop.lon()));
            store.setPhone(shop.phone());
            store.setEmail(shop.email());
            store.replaceWeeklyHours(shop.openingHours());
            store.setPreparationMinutes(preparationMinutes(shop.category()));
            em.persist(store);
            storesByKey.put(shop.slug() + "|" + shop.storeName(), store);
        }

        Map<String, Product> productsByGtin = new HashMap<>();
        for (DemoProduct p : catalog) {
            Product product = new Product(new Gtin(p.gtin()), p.title());
            product.setBrand(p.brand());
            product.setCategory(p.category());
            product.setDescription(p.description());
            product.setImageUrl(p.imagePath());
            product.makeVariant(p.articleKey(), p.articleTitle(), p.color(), p.size());
            p.netContent().ifPresent(product::setNetContent);
            em.persist(product);
            productsByGtin.put(p.gtin(), product);
        }
        for (DemoOffer o : offers) {
            em.persist(new Offer(storesByKey.get(o.shopSlug() + "|" + o.storeName()), productsByGtin.get(o.gtin()),
                    Money.euros(o.priceCents()), o.quantity(), StockSource.DEMO, now));
        }

        List<Merchant> firstTwo = merchantsBySlug.values().stream().limit(2).toList();
        for (DemoLogin login : DemoLogin.ALL) {
            UserAccount account = login.role() == Role.MERCHANT
                    ? UserAccount.forMerchant(login.username(), login.username() + "@example.org", login.displayName(),
                            firstTwo.get(login.merchantIndex()))
                    : UserAccount.forStaff(login.username(), login.username() + "@example.org", login.displayName(),
                            login.role());
            account.setPasswordHash(passwordHashing.hash(DEMO_PASSWORD.toCharArray()));
            em.persist(account);
        }
        for (int i = 0; i < firstTwo.size(); i++) {
            em.persist(ApiKey.issue(firstTwo.get(i), "Demo-Kasse", DemoLogin.API_KEY_PREFIXES.get(i),
                    DemoLogin.API_KEY_SECRETS.get(i), now).key());
        }
        em.flush();
        city.load(SEED, LocalDate.ofInstant(now, citySettings.current().getZone()), citySettings.current().getZone(),
                List.copyOf(merchantsBySlug.values()));
        LOG.info(() -> "Demo city centre loaded: " + merchantsBySlug.size() + " merchants, " + storesByKey.size()
                + " stores, " + catalog.size() + " products, " + offers.size() + " offers in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return true;
    }

    /** The demo accounts; the launcher prints the same list. */
    public record DemoLogin(String username, String displayName, Role role, int merchantIndex) {

        public static final List<DemoLogin> ALL = List.of(
                new DemoLogin("haendler1", "Demo-Händler 1", Role.MERCHANT, 0),
                new DemoLogin("haendler2", "Demo-Händler 2", Role.MERCHANT, 1),
                new DemoLogin("citymanagement", "Demo-Citymanagement", Role.CITY_MANAGER, -1),
                new DemoLogin("admin", "Demo-Admin", Role.ADMIN, -1));

        static final List<String> API_KEY_PREFIXES = List.of("demo0001", "demo0002");
        static final List<String> API_KEY_SECRETS = List.of("kasse1geheim2demo3schluessel4abc", "kasse2geheim3demo4schluessel5xyz");
    }

    /**
     * Plausible preparation times, so the demo shows different "ready from" times: a delicatessen
     * packs in minutes, an electronics store checks and charges a device first.
     */
    private static int preparationMinutes(String category) {
        return switch (category) {
            case "feinkost", "drogerie" -> 15;
            case "schuhe" -> 20;
            case "haushalt" -> 45;
            case "elektronik" -> 60;
            default -> 30;
        };
    }
}
