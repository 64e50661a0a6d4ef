// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes in the order a shopper reads them on a shelf: letter sizes from XXS to 5XL, numbers by value
 * (36, 38, 40; 92, 104; 500 g before 1 kg is not attempted), jeans by width then length, everything
 * else alphabetically after them.
 */
public final class SizeOrder {

    private static final List<String> LETTERS = List.of("XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL",
            "3XL", "4XL", "5XL");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");

    /** Compares sizes: letters first in their order, then by the numbers they contain, then as text. */
    public static final Comparator<String> SHELF_ORDER = Comparator
            .comparingInt(SizeOrder::letterRank)
            .thenComparing(SizeOrder::numbers, SizeOrder::compareNumbers)
            .thenComparing(Function.identity());

    private SizeOrder() {
    }

    public static List<String> sorted(List<String> sizes) {
        List<String> copy = new ArrayList<>(sizes);
        copy.sort(SHELF_ORDER);
        return List.copyOf(copy);
    }

    /** Facet values sorted by the size they name, not by how often they occur. */
    public static <T> List<T> sortedBy(List<T> values, Function<T, String> size) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(Comparator.comparing(size, SHELF_ORDER));
        return List.copyOf(copy);
    }

    private static int letterRank(String size) {
        int rank = LETTERS.indexOf(size.strip().toUpperCase(Locale.ROOT));
        return rank < 0 ? LETTERS.size() : rank;
    }

    private static List<Double> numbers(String size) {
        List<Double> numbers = new ArrayList<>();
        Matcher number = NUMBER.matcher(size);
        while (number.find()) {
            numbers.add(Double.valueOf(number.group(1).replace(',', '.')));
        }
        return numbers;
    }

    private static int compareNumbers(List<Double> a, List<Double> b) {
        if (a.isEmpty() != b.isEmpty()) {
            return a.isEmpty() ? 1 : -1;
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Double.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
