// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the fictional shops of Kaiserslautern's city centre from {@code demo/kaiserslautern/shops.csv}.
 *
 * <p>The file is edited by hand, so every row is checked on load and the first problem is reported
 * with its line number: a typo should stop the demo from starting rather than put a shop in the
 * wrong place on the map. Columns are separated by {@code ;}; because opening hours use {@code ;}
 * themselves, {@code openingHours} is the last column and takes the rest of the line. No other
 * column may contain {@code ;}.
 */
public final class DemoShops {

    /** Where the shop list lives on the class path. */
    public static final String RESOURCE = "/demo/kaiserslautern/shops.csv";

    static final String HEADER = "slug;merchantName;category;description;storeName;street;houseNumber;postalCode;"
            + "lat;lon;phone;email;website;openingHours";

    private static final int COLUMNS = 14;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private DemoShops() {
    }

    /**
     * Reads all stores in file order.
     *
     * @throws IllegalArgumentException naming the line when a row is malformed
     */
    public static List<DemoShop> load() {
        InputStream in = DemoShops.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("demo shop list " + RESOURCE + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader, "shops.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<DemoShop> parse(BufferedReader reader, String source) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new IllegalArgumentException(source + " is empty");
        }
        if (!header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException(source + ":1: header must be '" + HEADER + "'");
        }
        List<DemoShop> shops = new ArrayList<>();
        Set<String> storeKeys = new HashSet<>();
        Map<String, DemoShop> firstStoreOfMerchant = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = source + ":" + lineNumber + ": ";
            DemoShop shop;
            try {
                shop = parseRow(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            if (!storeKeys.add(shop.slug() + ";" + shop.storeName())) {
                throw new IllegalArgumentException(where + "store '" + shop.storeName() + "' of '" + shop.slug()
                        + "' is listed twice");
            }
            DemoShop first = firstStoreOfMerchant.putIfAbsent(shop.slug(), shop);
            if (first != null && !sameMerchant(first, shop)) {
                throw new IllegalArgumentException(where + "merchant '" + shop.slug()
                        + "' has a different name, category or description than on its first row");
            }
            shops.add(shop);
        }
        return List.copyOf(shops);
    }

    private static DemoShop parseRow(String line) {
        String[] fields = line.split(";", COLUMNS);
        if (fields.length < COLUMNS) {
            throw new IllegalArgumentException(
                    "expected " + COLUMNS + " columns separated by ';' but found " + fields.length);
        }
        for (int i = 0; i < COLUMNS; i++) {
            fields[i] = fields[i].strip();
            if (fields[i].isEmpty()) {
                throw new IllegalArgumentException("column '" + HEADER.split(";")[i] + "' is empty");
            }
        }
        String slug = fields[0];
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug '" + slug + "' may only contain a-z, 0-9 and single dashes");
        }
        String category = fields[2];
        if (!DemoCatalog.CATEGORIES.contains(category)) {
            throw new IllegalArgumentException(
                    "unknown category '" + category + "', expected one of " + DemoCatalog.CATEGORIES);
        }
        String postalCode = fields[7];
        if (!POSTAL_CODE.matcher(postalCode).matches()) {
            throw new IllegalArgumentException("postal code '" + postalCode + "' must have five digits");
        }
        return new DemoShop(slug, fields[1], category, fields[3], fields[4], fields[5], fields[6], postalCode,
                coordinate("lat", fields[8], -90, 90), coordinate("lon", fields[9], -180, 180),
                fields[10], fields[11], fields[12], OpeningHoursSpec.parse(fields[13]));
    }

    private static double coordinate(String column, String text, double min, double max) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a decimal number", e);
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(column + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static boolean sameMerchant(DemoShop a, DemoShop b) {
        return a.merchantName().equals(b.merchantName())
                && a.category().equals(b.category())
                && a.description().equals(b.description());
    }
}
