// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a product one piece holds, by weight, volume, length or area („500 g“, „0,75 l“): what the
 * Grundpreis („1 kg = 13,98 €“) is computed from. German price law (PAngV § 4, § 5) asks for it next to
 * the price of every such product, always per 1 kg, 1 l, 1 m, 1 m² or 1 m³; so every unit here knows its
 * base unit and how many of itself make one.
 *
 * <p>Only metric units: German shops label in them, and a feed's ounces would have to be converted with a
 * rounding the label does not show.
 */
public record NetContent(BigDecimal amount, Unit unit) implements Serializable {

    /** A unit of content, with the base unit its Grundpreis is given in. */
    public enum Unit {
        MG("mg", "0.000001", "MGM"),
        G("g", "0.001", "GRM"),
        KG("kg", "1", "KGM"),
        ML("ml", "0.001", "MLT"),
        CL("cl", "0.01", "CLT"),
        L("l", "1", "LTR"),
        CM("cm", "0.01", "CMT"),
        M("m", "1", "MTR"),
        SQM("m²", "1", "MTK"),
        CBM("m³", "1", "MTQ");

        private final String symbol;
        private final BigDecimal perBase;
        private final String unece;

        Unit(String symbol, String perBase, String unece) {
            this.symbol = symbol;
            this.perBase = new BigDecimal(perBase);
            this.unece = unece;
        }

        /** How the unit is printed on a label: „g“, „m²“. */
        public String symbol() {
            return symbol;
        }

        /** The unit the Grundpreis is given per one of: kilograms for grams, litres for millilitres. */
        public Unit base() {
            return switch (this) {
                case MG, G, KG -> KG;
                case ML, CL, L -> L;
                case CM, M -> M;
                case SQM -> SQM;
                case CBM -> CBM;
            };
        }

        /** The UN/ECE Recommendation 20 code (BMEcat's {@code CONTENT_UNIT}, schema.org's {@code unitCode}): „KGM“. */
        public String uneceCode() {
            return unece;
        }

        /** Google's spelling in {@code unit_pricing_measure} („sqm“, „cbm“; the others as printed). */
        public String googleSymbol() {
            return this == SQM ? "sqm" : this == CBM ? "cbm" : symbol;
        }
    }

    /** Everything shops and feeds write for the units („Gramm“, „ltr“, „qm“, Google's „sqm“), lower case. */
    private static final Map<String, Unit> SPELLINGS = Map.ofEntries(
            Map.entry("mg", Unit.MG), Map.entry("g", Unit.G), Map.entry("gr", Unit.G), Map.entry("gramm", Unit.G),
            Map.entry("kg", Unit.KG), Map.entry("kilogramm", Unit.KG), Map.entry("ml", Unit.ML),
            Map.entry("milliliter", Unit.ML), Map.entry("cl", Unit.CL), Map.entry("l", Unit.L), Map.entry("ltr", Unit.L),
            Map.entry("liter", Unit.L), Map.entry("cm", Unit.CM), Map.entry("m", Unit.M), Map.entry("meter", Unit.M),
            Map.entry("m²", Unit.SQM), Map.entry("m2", Unit.SQM), Map.entry("qm", Unit.SQM), Map.entry("sqm", Unit.SQM),
            Map.entry("m³", Unit.CBM), Map.entry("m3", Unit.CBM), Map.entry("cbm", Unit.CBM));

    /** „500 g“, „0,75 l“, „1.5kg“, „500 Gramm“: a number with either decimal mark, then a unit. */
    private static final Pattern TEXT = Pattern.compile("(\\d{1,9}(?:[.,]\\d{1,6})?)\\s*([\\p{L}²³23]{1,10})");

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    public NetContent {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            throw new IllegalArgumentException("A content must be more than 0 and less than a million: " + amount);
        }
        amount = amount.stripTrailingZeros();
    }

    /**
     * Reads a content as labels, tills and Google's {@code unit_pricing_measure} write it („500 g“, „0,75 l“,
     * „1.5kg“, „2 sqm“).
     *
     * @return the content, or empty when the text is not an amount with a metric unit
     */
    public static Optional<NetContent> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Unit unit = SPELLINGS.get(m.group(2).toLowerCase(Locale.ROOT));
        BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.'));
        if (unit == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new NetContent(amount, unit));
    }

    /**
     * Reads a content given as an amount and a UN/ECE Recommendation 20 unit code, as BMEcat's
     * {@code NO_CU_PER_OU} and {@code CONTENT_UNIT} give it („500“, „GRM“).
     *
     * @return the content, or empty when the code is no unit of weight, volume, length or area (a piece, „C62“)
     */
    public static Optional<NetContent> ofUneceCode(BigDecimal amount, String code) {
        if (amount == null || code == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) >= 0) {
            return Optional.empty();
        }
        for (Unit unit : Unit.values()) {
            if (unit.unece.equalsIgnoreCase(code.strip())) {
                return Optional.of(new NetContent(amount, unit));
            }
        }
        return Optional.empty();
    }

    /** The content in its base unit: 0.5 for 500 g (kg), 0.75 for 75 cl (l). */
    public BigDecimal inBaseUnit() {
        return amount.multiply(unit.perBase).stripTrailingZeros();
    }

    /** The stored and exchanged form („0.75 l“), which {@link #parse} reads back. */
    public String canonical() {
        return amount.toPlainString() + " " + unit.symbol;
    }

    /** The content as this language prints it on a label: „0,75 l“, „0.75 l“, „1.500 g“. */
    public String format(Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount) + " " + unit.symbol;
    }
}
