// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.catalog.NetContent;
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
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a BMEcat catalog, version 1.2 ({@code ARTICLE}, {@code SUPPLIER_AID}, {@code ARTICLE_DETAILS},
 * {@code EAN}) or 2005 ({@code PRODUCT}, {@code SUPPLIER_PID}, {@code PRODUCT_DETAILS},
 * {@code INTERNATIONAL_PID type="gtin"}), streaming: one product element at a time is in memory. BMEcat
 * carries catalog data, not stock, so lines have no quantity and no store (they apply to every store).
 * {@code T_NEW_CATALOG} and {@code T_UPDATE_PRODUCTS} give product lines (title from
 * {@code DESCRIPTION_SHORT}, description, manufacturer as brand, image, price); {@code T_UPDATE_PRICES}
 * gives price-only lines. The supplier's article number is the SKU. Category maps and features are
 * skipped; {@code mode="delete"} is reported as a problem, since a catalog feed does not remove offers.
 *
 * <p>Prices: shoppers see gross shelf prices, so the first price type found in this order is used:
 * {@code gros_list} (gross list price), {@code nrp} (recommended retail price, gross), then
 * {@code net_customer} and {@code net_list} with the product's {@code TAX} added (0.19 → +19 %),
 * rounded half up to the cent; a net price without {@code TAX} is refused rather than guessed, since
 * books and food carry 7 %. {@code PRICE_FACTOR} is applied; of graduated prices the one for a single
 * unit ({@code LOWER_BOUND} absent or at most 1) counts. A catalog product with only other price types
 * is read without a price; a price update without a usable price is refused.
 *
 * <p>Content for the Grundpreis: {@code NO_CU_PER_OU} units of {@code CONTENT_UNIT} in the order details
 * ({@code ARTICLE_ORDER_DETAILS}, {@code PRODUCT_ORDER_DETAILS}), e.g. 500 × {@code GRM}.
 *
 * <p>Images: the first {@code MIME} of an image type, preferring {@code MIME_PURPOSE normal}; a relative
 * {@code MIME_SOURCE} is resolved against the header's {@code MIME_ROOT} when that is a web address,
 * otherwise left out (a file name alone cannot be shown).
 */
public final class BmecatParser implements FeedParser {

    /** Price types in order of preference; the net ones get their TAX added. */
    private static final List<String> PRICE_TYPES = List.of("gros_list", "nrp", "net_customer", "net_list");

    private static final Set<String> NET_TYPES = Set.of("net_customer", "net_list");

    private static final Set<String> TRANSACTIONS = Set.of("T_NEW_CATALOG", "T_UPDATE_PRODUCTS", "T_UPDATE_PRICES");

    private static final Set<String> PRODUCT_PARTS = Set.of("SUPPLIER_AID", "SUPPLIER_PID", "ARTICLE_DETAILS",
            "PRODUCT_DETAILS", "ARTICLE_PRICE_DETAILS", "PRODUCT_PRICE_DETAILS", "MIME_INFO", "ARTICLE_ORDER_DETAILS",
            "PRODUCT_ORDER_DETAILS");

    private static final Set<String> GERMAN = Set.of("deu", "ger", "de");

    private final FeedContent content;

    public BmecatParser() {
        this(new FeedContent());
    }

    public BmecatParser(FeedContent content) {
        this.content = content;
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.BMECAT;
    }

    /** What the header says that products need: the default currency and where relative images live. */
    private record Header(String currency, String mimeRoot) {
    }

    @Override
    public void parse(InputStream in, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
        XMLStreamReader reader = SafeXml.open(content.open(in), options.charset());
        try {
            Header header = new Header(options.currency(), null);
            String transaction = null;
            long products = 0;
            int depth = 0;
            while (SafeXml.hasNext(reader)) {
                int event = SafeXml.next(reader);
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (depth == 0) {
                    if (!name.equals("BMECAT")) {
                        throw new FeedFormatException(FeedText.of(Code.BMECAT_ROOT, name));
                    }
                    depth++;
                } else if (depth == 1 && name.equals("HEADER")) {
                    header = header(SafeXml.collect(reader, child -> true), options);
                } else if (depth == 1 && TRANSACTIONS.contains(name)) {
                    transaction = name;
                    depth++;
                } else if (depth == 2 && (name.equals("ARTICLE") || name.equals("PRODUCT"))) {
                    XmlElement product = SafeXml.collect(reader, PRODUCT_PARTS::contains);
                    products++;
                    try {
                        sink.accept(line(product, transaction, header));
                    } catch (LineRejection rejection) {
                        sink.reject(rejection.problem());
                    }
                } else {
                    SafeXml.skipElement(reader);
                }
            }
            if (transaction == null) {
                throw new FeedFormatException(FeedText.of(Code.BMECAT_NO_SECTION));
            }
            if (products == 0) {
                throw new FeedFormatException(FeedText.of(Code.BMECAT_NO_PRODUCTS));
            }
        } finally {
            SafeXml.close(reader);
        }
    }

    private static Header header(XmlElement header, FeedParseOptions options) {
        Optional<XmlElement> catalog = header.child("CATALOG");
        String currency = catalog.flatMap(c -> c.childText("CURRENCY")).orElse(options.currency());
        String mimeRoot = catalog.flatMap(c -> c.childText("MIME_ROOT")).orElse(null);
        return new Header(currency, mimeRoot);
    }

    private static FeedLine line(XmlElement product, String transaction, Header header) throws LineRejection {
        long line = product.line();
        boolean v2005 = product.name().equals("PRODUCT");
        String skuElement = v2005 ? "SUPPLIER_PID" : "SUPPLIER_AID";
        String sku = product.childText(skuElement)
                .orElseThrow(() -> new LineRejection(line, skuElement, null, FeedText.of(Code.BMECAT_NO_SKU, skuElement)));
        if (product.attribute("mode").filter("delete"::equals).isPresent()) {
            throw new LineRejection(line, product.name(), sku, FeedText.of(Code.BMECAT_DELETE));
        }
        Optional<XmlElement> details = product.child(v2005 ? "PRODUCT_DETAILS" : "ARTICLE_DETAILS");
        String gtin = gtin(details, line);
        Money price = price(product.child(v2005 ? "PRODUCT_PRICE_DETAILS" : "ARTICLE_PRICE_DETAILS"), line, header);
        if (transaction.equals("T_UPDATE_PRICES")) {
            if (price == null) {
                throw new LineRejection(line, v2005 ? "PRODUCT_PRICE" : "ARTICLE_PRICE", sku, FeedText.of(Code.BMECAT_NO_PRICE));
            }
            return new FeedLine(line, null, gtin, sku, null, price, null);
        }
        String title = details.flatMap(d -> inGerman(d, "DESCRIPTION_SHORT"))
                .orElseThrow(() -> new LineRejection(line, "DESCRIPTION_SHORT", sku, FeedText.of(Code.BMECAT_NO_TITLE)));
        FeedLine.FeedProduct data = new FeedLine.FeedProduct(title,
                details.flatMap(d -> d.childText("MANUFACTURER_NAME")).orElse(null),
                details.flatMap(d -> inGerman(d, "DESCRIPTION_LONG")).orElse(null),
                null,
                image(product.child("MIME_INFO"), header).orElse(null), null,
                netContent(product.child(v2005 ? "PRODUCT_ORDER_DETAILS" : "ARTICLE_ORDER_DETAILS"), line));
        return new FeedLine(line, null, gtin, sku, null, price, data);
    }

    /**
     * What one order unit holds: {@code NO_CU_PER_OU} content units of {@code CONTENT_UNIT} (a UN/ECE Rec. 20
     * code: 500 × GRM is 500 g); {@code null} when the content unit is a piece or not given.
     */
    private static NetContent netContent(Optional<XmlElement> orderDetails, long line) throws LineRejection {
        Optional<String> unit = orderDetails.flatMap(d -> d.childText("CONTENT_UNIT"));
        if (unit.isEmpty()) {
            return null;
        }
        String count = orderDetails.flatMap(d -> d.childText("NO_CU_PER_OU")).orElse("1");
        try {
            return NetContent.ofUneceCode(new BigDecimal(count), unit.get()).orElse(null);
        } catch (NumberFormatException e) {
            throw new LineRejection(line, "NO_CU_PER_OU", count, FeedText.of(Code.BMECAT_CONTENT_COUNT));
        }
    }

    /** The text in German when the element is given in several languages, else the first. */
    private static Optional<String> inGerman(XmlElement parent, String name) {
        List<XmlElement> all = parent.children(name);
        return all.stream()
                .filter(e -> e.attribute("lang").map(l -> GERMAN.contains(l.toLowerCase(Locale.ROOT))).orElse(false))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .map(XmlElement::text).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static String gtin(Optional<XmlElement> details, long line) throws LineRejection {
        if (details.isEmpty()) {
            return null;
        }
        Optional<XmlElement> element = details.get().child("EAN").or(() -> details.get().children("INTERNATIONAL_PID")
                .stream()
                .filter(pid -> pid.attribute("type").map(t -> t.equalsIgnoreCase("gtin") || t.equalsIgnoreCase("ean"))
                        .orElse(false))
                .findFirst());
        if (element.isEmpty() || element.get().text().isBlank()) {
            return null;
        }
        String value = element.get().text().strip();
        Optional<FeedText> problem = FeedText.gtinProblem(value);
        if (problem.isPresent()) {
            throw new LineRejection(line, element.get().qualifiedName(), value, problem.get());
        }
        return value;
    }

    private static Money price(Optional<XmlElement> priceDetails, long line, Header header) throws LineRejection {
        if (priceDetails.isEmpty()) {
            return null;
        }
        List<XmlElement> prices = priceDetails.get().children().stream()
                .filter(p -> p.name().equals("ARTICLE_PRICE") || p.name().equals("PRODUCT_PRICE"))
                .filter(BmecatParser::forOneUnit)
                .toList();
        for (String type : PRICE_TYPES) {
            Optional<XmlElement> chosen = prices.stream()
                    .filter(p -> p.attribute("price_type").filter(type::equals).isPresent())
                    .findFirst();
            if (chosen.isPresent()) {
                return money(chosen.get(), NET_TYPES.contains(type), line, header);
            }
        }
        return null;
    }

    private static boolean forOneUnit(XmlElement price) {
        return price.childText("LOWER_BOUND")
                .map(bound -> FeedValues.decimal(bound, '.'))
                .map(bound -> bound.compareTo(BigDecimal.ONE) <= 0)
                .orElse(true);
    }

    private static Money money(XmlElement price, boolean net, long line, Header header) throws LineRejection {
        String amountText = price.childText("PRICE_AMOUNT").orElse(null);
        FeedRecord record = new FeedRecord(line, amountText == null ? Map.of() : Map.of("PRICE_AMOUNT", amountText),
                Map.of());
        if (amountText == null) {
            throw LineRejection.of(record, "PRICE_AMOUNT", FeedText.of(Code.BMECAT_NO_AMOUNT));
        }
        BigDecimal amount = FeedValues.decimal(amountText, '.');
        if (amount == null) {
            throw LineRejection.of(record, "PRICE_AMOUNT", FeedText.of(Code.PRICE_NOT_A_NUMBER));
        }
        Optional<String> factor = price.childText("PRICE_FACTOR");
        if (factor.isPresent()) {
            BigDecimal value = FeedValues.decimal(factor.get(), '.');
            if (value == null || value.signum() <= 0) {
                throw new LineRejection(line, "PRICE_FACTOR", factor.get(), FeedText.of(Code.BMECAT_PRICE_FACTOR));
            }
            amount = amount.multiply(value);
        }
        if (net) {
            String taxText = price.childText("TAX").orElseThrow(() -> LineRejection.of(record, "PRICE_AMOUNT",
                    FeedText.of(Code.BMECAT_NET_WITHOUT_TAX)));
            BigDecimal tax = FeedValues.decimal(taxText, '.');
            if (tax == null || tax.signum() < 0 || tax.compareTo(BigDecimal.ONE) >= 0) {
                throw new LineRejection(line, "TAX", taxText, FeedText.of(Code.BMECAT_TAX));
            }
            amount = amount.multiply(BigDecimal.ONE.add(tax));
        }
        String currency = price.childText("PRICE_CURRENCY").orElse(header.currency()).toUpperCase(Locale.ROOT);
        return FeedValues.money(record, "PRICE_AMOUNT", amount, currency, true);
    }

    private static Optional<String> image(Optional<XmlElement> mimeInfo, Header header) {
        List<XmlElement> images = mimeInfo.map(info -> info.children("MIME")).orElse(List.of()).stream()
                .filter(mime -> mime.childText("MIME_TYPE").map(type -> type.startsWith("image/")).orElse(false))
                .toList();
        return images.stream()
                .filter(mime -> mime.childText("MIME_PURPOSE").filter("normal"::equals).isPresent())
                .findFirst()
                .or(() -> images.stream().findFirst())
                .flatMap(mime -> mime.childText("MIME_SOURCE"))
                .flatMap(source -> webAddress(source, header.mimeRoot()));
    }

    private static Optional<String> webAddress(String source, String mimeRoot) {
        if (isWebAddress(source)) {
            return Optional.of(source);
        }
        if (mimeRoot == null || !isWebAddress(mimeRoot)) {
            return Optional.empty();
        }
        try {
            String root = mimeRoot.endsWith("/") ? mimeRoot : mimeRoot + "/";
            return Optional.of(new URI(root).resolve(new URI(null, null, source, null)).toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
