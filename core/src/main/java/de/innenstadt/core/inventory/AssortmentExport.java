// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.Product;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A merchant's own assortment as a spreadsheet: every offer of every store, in the columns and number format of a
 * German till export („Filiale;EAN;Artikelnummer;Bezeichnung;…;VK;Bestand“), so the file opens in a spreadsheet and,
 * edited there, imports again as a CSV feed with the default column names.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssortmentExport {

    static final List<String> HEADERS = List.of("Filiale", "EAN", "Artikelnummer", "Bezeichnung", "Marke", "Warengruppe",
            "Inhalt", "VK", "Bestand", "Reserviert");

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** Writes the caller's offers, by store and title; read as a stream, so thousands of rows need little memory. */
    public void write(Actor actor, long merchantId, Writer out) {
        actor.requireMerchant(merchantId);
        // the stream holds a database cursor: closed with the try
        try (Stream<Offer> offers = em.createQuery("select o from Offer o join fetch o.product p join fetch o.store s"
                        + " where s.merchant.id = :merchant order by s.code, p.title, o.id", Offer.class)
                .setParameter("merchant", merchantId).setHint("eclipselink.read-only", true).getResultStream()) {
            out.write(SpreadsheetCsv.BYTE_ORDER_MARK);
            out.write(SpreadsheetCsv.line(HEADERS));
            for (Offer offer : (Iterable<Offer>) offers::iterator) {
                out.write(SpreadsheetCsv.line(row(offer)));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the assortment of merchant " + merchantId, e);
        }
    }

    private static List<String> row(Offer offer) {
        Product product = offer.getProduct();
        return Arrays.asList(offer.getStore().getCode(), product.getGtin(),
                offer.getSku() != null ? offer.getSku() : product.getSku(), product.getTitle(), product.getBrand(),
                product.getCategory(), product.findNetContent().map(content -> content.format(Locale.GERMAN)).orElse(null),
                offer.getPrice().formatNumber(Locale.GERMAN), String.valueOf(offer.getQuantity()), String.valueOf(offer.getHeld()));
    }
}
