// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Decides which demo store sells which product at what price and stock.
 *
 * <p>The marketplace exists for the moment a shopper sees one product at several addresses with
 * different prices and stock, so each product goes to one to {@value #MAX_STORES_PER_PRODUCT} stores of
 * its category with prices up to ten percent apart. Books keep the recommended price everywhere, as
 * German fixed book prices require. Stock includes sold-out offers and "only one or two left",
 * because those are the states the shop front has to get right. Every store ends up with at least
 * {@value #MIN_OFFERS_PER_STORE} offers so no shop page looks abandoned, provided its category has
 * enough products to share.
 */
public final class DemoAssortment {

    public static final int MIN_OFFERS_PER_STORE = 50;
    public static final int MAX_STORES_PER_PRODUCT = 4;

    private static final double SOLD_OUT_SHARE = 0.10;
    private static final double LOW_STOCK_SHARE = 0.15;
    private static final int MAX_QUANTITY = 25;

    private DemoAssortment() {
    }

    /**
     * Assigns every product to stores of its category, deterministically for a seed.
     *
     * @throws IllegalArgumentException when a product's category has no store
     */
    public static List<DemoOffer> assign(List<DemoShop> shops, List<DemoProduct> products, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, List<DemoShop>> storesByCategory = new LinkedHashMap<>();
        for (DemoShop shop : shops) {
            storesByCategory.computeIfAbsent(shop.category(), c -> new ArrayList<>()).add(shop);
        }
        Map<String, List<Integer>> productsByCategory = new HashMap<>();
        List<Set<DemoShop>> storesOfProduct = new ArrayList<>(products.size());
        Map<DemoShop, Integer> offersOfStore = new HashMap<>();
        List<DemoOffer> offers = new ArrayList<>();

        for (int index = 0; index < products.size(); index++) {
            DemoProduct product = products.get(index);
            List<DemoShop> candidates = storesByCategory.get(product.category());
            if (candidates == null) {
                throw new IllegalArgumentException("no demo store sells category '" + product.category()
                        + "' of product " + product.gtin());
            }
            productsByCategory.computeIfAbsent(product.category(), c -> new ArrayList<>()).add(index);
            List<DemoShop> pool = new ArrayList<>(candidates);
            int count = 1 + random.nextInt(Math.min(MAX_STORES_PER_PRODUCT, pool.size()));
            Set<DemoShop> chosen = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                int pick = i + random.nextInt(pool.size() - i);
                pool.set(pick, pool.set(i, pool.get(pick)));
                chosen.add(pool.get(i));
            }
            for (DemoShop store : chosen) {
                offers.add(offer(store, product, random));
                offersOfStore.merge(store, 1, Integer::sum);
            }
            storesOfProduct.add(chosen);
        }

        for (DemoShop store : shops) {
            int missing = MIN_OFFERS_PER_STORE - offersOfStore.getOrDefault(store, 0);
            if (missing <= 0) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int index : productsByCategory.getOrDefault(store.category(), List.of())) {
                Set<DemoShop> sellers = storesOfProduct.get(index);
                if (sellers.size() < MAX_STORES_PER_PRODUCT && !sellers.contains(store)) {
                    candidates.add(index);
                }
            }
            DemoCatalog.shuffle(candidates, random);
            candidates.sort(Comparator.comparingInt(index -> storesOfProduct.get(index).size()));
            for (int index : candidates.subList(0, Math.min(missing, candidates.size()))) {
                offers.add(offer(store, products.get(index), random));
                storesOfProduct.get(index).add(store);
            }
        }
        return List.copyOf(offers);
    }

    private static DemoOffer offer(DemoShop store, DemoProduct product, SplittableRandom random) {
        return new DemoOffer(store.slug(), store.storeName(), product.gtin(), price(product, random),
                quantity(random));
    }

    private static long price(DemoProduct product, SplittableRandom random) {
        long listPrice = product.priceCents();
        if (product.category().equals(DemoCatalog.BOOKS)) {
            return listPrice;
        }
        long lowest = (listPrice * 9 + 9) / 10;
        long highest = listPrice * 11 / 10;
        long price = lowest + random.nextLong(highest - lowest + 1);
        long endingInNine = price - price % 10 + 9;
        if (endingInNine > highest) {
            endingInNine -= 10;
        }
        return endingInNine >= lowest ? endingInNine : price;
    }

    private static int quantity(SplittableRandom random) {
        double roll = random.nextDouble();
        if (roll < SOLD_OUT_SHARE) {
            return 0;
        }
        if (roll < SOLD_OUT_SHARE + LOW_STOCK_SHARE) {
            return 1 + random.nextInt(2);
        }
        return 3 + random.nextInt(MAX_QUANTITY - 2);
    }
}
