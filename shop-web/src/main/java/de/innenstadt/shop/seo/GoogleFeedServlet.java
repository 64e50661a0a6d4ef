// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.seo;

import de.innenstadt.core.inventory.GoogleFeedExport;
import de.innenstadt.core.inventory.GoogleFeedExport.ExportedOffer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /feeds/google/{slug}/local-inventory.tsv} and {@code …/local-products.tsv}: a merchant's offers as
 * Google's local inventory feed and local product feed (tab-separated, the attribute names of Google's
 * specifications), generated from what the platform shows, for Merchant Center to fetch on a schedule. Public
 * like the shop pages they repeat; kept an hour by caches, since Merchant Center fetches at most daily.
 */
@WebServlet("/feeds/google/*")
public class GoogleFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]{0,79})/(local-inventory|local-products)\\.tsv");

    @Inject
    private GoogleFeedExport export;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
        Optional<Long> merchant = path != null && path.matches() ? export.findActiveMerchant(path.group(1)) : Optional.empty();
        if (merchant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/tab-separated-values;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter out = response.getWriter();
        String base = publicUrl.replaceAll("/+$", "");
        try {
            if ("local-inventory".equals(path.group(2))) {
                out.print("store_code\tid\tquantity\tprice\tavailability\tpickup_method\tpickup_sla\n");
                export.forEachOffer(merchant.get(), offer -> inventoryRow(out, offer));
            } else {
                out.print("id\ttitle\tdescription\tlink\timage_link\tcondition\tgtin\tbrand\tunit_pricing_measure"
                        + "\tunit_pricing_base_measure\n");
                Set<String> written = new HashSet<>();
                export.forEachOffer(merchant.get(), offer -> {
                    if (written.add(offer.itemId())) {
                        productRow(out, offer, base);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void inventoryRow(PrintWriter out, ExportedOffer offer) {
        row(out, offer.storeCode(), offer.itemId(), String.valueOf(offer.available()),
                offer.price().toDecimalString() + " " + offer.price().currency(), availability(offer),
                offer.pickup() ? "reserve" : "not supported", offer.pickup() ? "same day" : "");
    }

    private static void productRow(PrintWriter out, ExportedOffer offer, String base) {
        row(out, offer.itemId(), offer.title(), offer.description() == null ? offer.title() : offer.description(),
                base + "/product?id=" + offer.productId(), offer.photoPath() == null ? "" : base + offer.photoPath(), "new",
                offer.gtin() == null ? "" : offer.gtin(), offer.brand() == null ? "" : offer.brand(),
                offer.unitPricingMeasure(), offer.unitPricingBaseMeasure());
    }

    /** Google's words for the platform's three levels of stock. */
    private static String availability(ExportedOffer offer) {
        return switch (offer.availability()) {
            case IN_STOCK -> "in_stock";
            case LIMITED -> "limited_availability";
            case OUT_OF_STOCK -> "out_of_stock";
        };
    }

    /** One line; tabs and line breaks inside a value would start a new column or row, so they become spaces. */
    private static void row(PrintWriter out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.print('\t');
            }
            out.print(values[i] == null ? "" : values[i].replaceAll("[\\t\\r\\n]+", " ").strip());
        }
        out.print('\n');
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("The client closed the connection"));
        }
    }
}
