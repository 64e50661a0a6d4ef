// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedParser;
import de.innenstadt.core.feed.FeedSink;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import de.innenstadt.core.inventory.Money;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a Google local inventory feed (Merchant Center), tab-separated or XML: one line per store and
 * product with {@code store_code}, {@code id}, {@code availability}, {@code quantity}, {@code price},
 * {@code sale_price} and {@code sale_price_effective_date}; other attributes (pickup method and SLA,
 * in-store location) are not used. The {@code id} is the merchant's item number (the SKU); when it is a
 * valid GTIN, as it often is for branded goods, it is the GTIN too.
 *
 * <p>A line without {@code quantity} gets its quantity from {@code availability}, the inverse of
 * Google's own rule (3 and more in stock, 1–2 limited, 0 out of stock):
 * <ul>
 * <li>{@code in stock} → 3</li>
 * <li>{@code limited availability} → 1</li>
 * <li>{@code out of stock} → 0</li>
 * <li>{@code on display to order} → 0 (the item is shown in the shop but not sold from the shelf)</li>
 * </ul>
 * When both are given, {@code quantity} wins. A {@code sale_price} replaces the price while it applies:
 * always without {@code sale_price_effective_date}, otherwise only within that period.
 */
public final class GoogleLocalInventoryParser implements FeedParser {

    static final Map<String, Integer> QUANTITY_OF_AVAILABILITY = Map.of(
            "in stock", 3,
            "limited availability", 1,
            "out of stock", 0,
            "on display to order", 0);

    private static final int MAX_ID_LENGTH = 50;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][XXX][XX][X]");

    private final FeedFormat format;

    private final FeedContent content;

    private final Clock clock;

    public GoogleLocalInventoryParser(FeedFormat format, FeedContent content, Clock clock) {
        if (format != FeedFormat.GOOGLE_LOCAL_INVENTORY_TSV && format != FeedFormat.GOOGLE_LOCAL_INVENTORY_XML) {
            throw new IllegalArgumentException("Not a local inventory format: " + format);
        }
        this.format = format;
        this.content = content;
        this.clock = clock;
    }

    public static GoogleLocalInventoryParser tsv() {
        return new GoogleLocalInventoryParser(FeedFormat.GOOGLE_LOCAL_INVENTORY_TSV, new FeedContent(), Clock.systemUTC());
    }

    public static GoogleLocalInventoryParser xml() {
        return new GoogleLocalInventoryParser(FeedFormat.GOOGLE_LOCAL_INVENTORY_XML, new FeedContent(), Clock.systemUTC());
    }

    @Override
    public FeedFormat format() {
        return format;
    }

    @Override
    public void parse(InputStream in, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
        Consumer<FeedRecord> lines = record -> {
            try {
                sink.accept(line(record, options));
            } catch (LineRejection rejection) {
                sink.reject(rejection.problem());
            }
        };
        if (format == FeedFormat.GOOGLE_LOCAL_INVENTORY_TSV) {
            GoogleFeedRecords.readTsv(content.open(in), options.charset(),
                    List.of(List.of("store_code"), List.of("id"), List.of("availability", "quantity")), lines);
        } else {
            GoogleFeedRecords.readXml(content.open(in), options.charset(), lines);
        }
    }

    private FeedLine line(FeedRecord record, FeedParseOptions options) throws LineRejection {
        String storeCode = record.value("store_code");
        if (storeCode == null) {
            throw LineRejection.of(record, "store_code", FeedText.of(Code.STORE_CODE_MISSING));
        }
        String id = record.value("id");
        if (id == null) {
            throw LineRejection.of(record, "id", FeedText.of(Code.ID_MISSING));
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw LineRejection.of(record, "id", FeedText.of(Code.ID_TOO_LONG, MAX_ID_LENGTH));
        }
        String gtin = FeedValues.gtin(record, "gtin");
        if (gtin == null) {
            gtin = Gtin.parse(id).map(Gtin::value).orElse(null);
        }
        Integer quantity = FeedValues.quantity(record, "quantity", options.decimalSeparator());
        Integer fromAvailability = availability(record);
        if (quantity == null) {
            if (fromAvailability == null) {
                throw LineRejection.of(record, "availability", FeedText.of(Code.AVAILABILITY_AND_QUANTITY_MISSING));
            }
            quantity = fromAvailability;
        }
        Money price = FeedValues.price(record, "price", options.decimalSeparator(), options.currency());
        Money salePrice = FeedValues.price(record, "sale_price", options.decimalSeparator(), options.currency());
        if (salePrice != null && saleApplies(record)) {
            price = salePrice;
        }
        return new FeedLine(record.line(), storeCode, gtin, id, quantity, price, null);
    }

    private static Integer availability(FeedRecord record) throws LineRejection {
        String raw = record.value("availability");
        if (raw == null) {
            return null;
        }
        Integer quantity = QUANTITY_OF_AVAILABILITY.get(raw.toLowerCase(Locale.ROOT).replace('_', ' '));
        if (quantity == null) {
            throw LineRejection.of(record, "availability", FeedText.of(Code.AVAILABILITY_UNKNOWN));
        }
        return quantity;
    }

    /** Whether now lies in the sale period ({@code start/end}, ISO 8601; dates alone mean whole days). */
    private boolean saleApplies(FeedRecord record) throws LineRejection {
        String period = record.value("sale_price_effective_date");
        if (period == null) {
            return true;
        }
        String[] ends = period.split("/");
        if (ends.length != 2) {
            throw LineRejection.of(record, "sale_price_effective_date", FeedText.of(Code.SALE_PERIOD_SHAPE));
        }
        try {
            Instant now = clock.instant();
            return !now.isBefore(instant(ends[0], false)) && now.isBefore(instant(ends[1], true));
        } catch (DateTimeParseException e) {
            throw LineRejection.of(record, "sale_price_effective_date", FeedText.of(Code.SALE_PERIOD_INVALID));
        }
    }

    private Instant instant(String text, boolean end) {
        String value = text.strip();
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            ZoneId zone = clock.getZone();
            return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        }
        return OffsetDateTime.parse(value, DATE_TIME).toInstant();
    }
}
