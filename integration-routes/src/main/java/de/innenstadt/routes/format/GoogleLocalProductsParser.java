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
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a Google local products feed: product data without stock, for every store of the merchant
 * ({@code storeCode} is {@code null}). Attributes used: {@code itemid} or {@code id} (the SKU, and the
 * GTIN when no {@code gtin} is given and the id is a valid one, as for local inventory feeds),
 * {@code title} (required), {@code gtin}, {@code brand}, {@code description}, {@code image_link},
 * {@code price}, {@code product_type} or else {@code google_product_category} as the category, and
 * for variants of one article {@code item_group_id} with {@code color} and {@code size}, and
 * {@code unit_pricing_measure} („500g“) for the Grundpreis. Google's {@code unit_pricing_base_measure} is
 * read past: German law fixes the base (1 kg, 1 l), so pages compute it themselves.
 * Tab-separated and XML files are both read; which one is recognised from the first character.
 */
public final class GoogleLocalProductsParser implements FeedParser {

    private final FeedContent content;

    public GoogleLocalProductsParser() {
        this(new FeedContent());
    }

    public GoogleLocalProductsParser(FeedContent content) {
        this.content = content;
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.GOOGLE_LOCAL_PRODUCTS;
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
        FeedBytes unpacked = FeedBytes.inspect(content.open(in));
        if (unpacked.startsLikeXml()) {
            GoogleFeedRecords.readXml(unpacked.all(), options.charset(), lines);
        } else {
            GoogleFeedRecords.readTsv(unpacked.all(), options.charset(), List.of(List.of("id"), List.of("title")), lines);
        }
    }

    private static FeedLine line(FeedRecord record, FeedParseOptions options) throws LineRejection {
        String id = record.value("id");
        if (id == null) {
            throw LineRejection.of(record, "id", FeedText.of(Code.ID_MISSING));
        }
        String title = record.value("title");
        if (title == null) {
            throw LineRejection.of(record, "title", FeedText.of(Code.TITLE_MISSING));
        }
        String gtin = FeedValues.gtin(record, "gtin");
        if (gtin == null) {
            gtin = Gtin.parse(id).map(Gtin::value).orElse(null);
        }
        Money price = FeedValues.price(record, "price", options.decimalSeparator(), options.currency());
        String category = record.value("product_type") != null ? record.value("product_type")
                : record.value("google_product_category");
        String group = record.value("item_group_id");
        FeedLine.FeedVariant variant = group == null ? null
                : new FeedLine.FeedVariant(group, record.value("color"), record.value("size"));
        FeedLine.FeedProduct product = new FeedLine.FeedProduct(title, record.value("brand"),
                record.value("description"), category, FeedValues.link(record, "image_link"), variant,
                FeedValues.netContent(record, "unit_pricing_measure"));
        return new FeedLine(record.line(), null, gtin, id, null, price, product);
    }
}
