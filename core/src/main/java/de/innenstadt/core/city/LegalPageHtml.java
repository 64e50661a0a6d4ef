// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What an admin may put into a page of the city (imprint, privacy notice, Leichte Sprache …): headings,
 * paragraphs, lists, tables, addresses and links, nothing that runs or loads from elsewhere. The shop
 * prints these pages as they are stored, so they are cleaned with jsoup's safelist before they are
 * stored, not when they are shown.
 */
public final class LegalPageHtml {

    /** jsoup's "relaxed" list without pictures (they would load from another server) plus address and abbreviations. */
    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addTags("address", "abbr", "section", "hr")
            .addAttributes("abbr", "title")
            .addAttributes(":all", "lang")
            .addProtocols("a", "href", "tel");

    /** The cleaned HTML, and whether cleaning took something away (the admin is told). */
    public record Cleaned(String html, boolean changed) {

        /** Nothing a visitor could read: no text at all, only empty elements. */
        public boolean isEmpty() {
            return Jsoup.parseBodyFragment(html).text().isBlank();
        }
    }

    private LegalPageHtml() {
    }

    public static Cleaned clean(String html) {
        String input = html == null ? "" : html.strip();
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(input, "", ALLOWED, output);
        return new Cleaned(cleaned, !Jsoup.isValid(input, ALLOWED));
    }
}
