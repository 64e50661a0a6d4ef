// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.NetContent;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The Grundpreis: the price of one kilogram, litre, metre, square or cubic metre of a product, which German
 * price law (PAngV § 4 Abs. 1, § 5 Abs. 1) wants next to the price of goods sold by weight, volume, length or
 * area, so that 500 g and 1 kg packs can be compared. The one place it is computed; pages, the portal and the
 * Google feed export only format it.
 *
 * @param price the price of one base unit
 * @param baseUnit the base unit's symbol: „kg“, „l“, „m“, „m²“, „m³“
 */
public record UnitPrice(Money price, String baseUnit) implements Serializable {

    /**
     * The Grundpreis of a piece with this price and content; empty when the product has no content by
     * measure, or when the piece holds exactly one base unit, where the law lets it be left out because it
     * equals the price.
     */
    public static Optional<UnitPrice> of(Money price, NetContent content) {
        if (price == null || content == null || content.inBaseUnit().compareTo(BigDecimal.ONE) == 0) {
            return Optional.empty();
        }
        return Optional.of(new UnitPrice(price.per(content.inBaseUnit()), content.unit().base().symbol()));
    }

    /** As shops print it under the price: „1 kg = 13,98 €“, „1 l = €9.32“. */
    public String format(Locale locale) {
        return "1 " + baseUnit + " = " + price.format(locale);
    }
}
