// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a shopper phrased a query; the per-kind table shows which ways of asking the search handles
 * badly. Where each kind comes from is in docs/relevance.md.
 */
public enum QueryKind {

    GENERIC("generic", "general word for a kind of goods (Schuhe, Wein)"),
    NUMBER("number", "singular or plural form (Spielzeuge, Pullis)"),
    COMPOUND("compound", "compound joined, split or with für (Kinderschuhe, Schuhe für Kinder)"),
    COLLOQUIAL("colloquial", "everyday word (Pulli, Klamotten, Latschen)"),
    BRAND_GENERIC("brand-generic", "brand used as the name of the goods (Tempo, Tesa)"),
    LOANWORD("loanword", "English word (Hoodie, Sneakers, Laptop)"),
    REGIONAL("regional", "Palatinate word (Grumbeere, Dubbeglas, Schlappe)"),
    TYPO("typo", "mistyped word (Kaffemaschine, Schue)"),
    SPELLING("spelling", "umlaut or ß written as ue/oe/ae/ss or dropped (Muesli, Fussball)"),
    ATTRIBUTE("attribute", "goods with size, colour or audience (rote Jacke, Sneaker 42)"),
    SPECIFIC("specific", "a narrow kind of goods (Riesling trocken, Kochbuch Pfalz)"),
    GIFT("gift", "gift intent (Geschenk für Kinder, Mitbringsel)"),
    GTIN("gtin", "a GTIN from a package"),
    UNANSWERABLE("none", "goods or services the city's shops do not offer");

    private final String code;
    private final String description;

    QueryKind(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static QueryKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + code + "' (known: "
                        + Arrays.stream(values()).map(QueryKind::code).collect(Collectors.joining(", ")) + ")"));
    }
}
