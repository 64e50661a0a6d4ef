// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.TypedAmount;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A euro amount in a portal field, typed and shown as the owner writes it: „54,90“ on a German page,
 * „54.90“ on an English one, and either typed on both („54,90 €“, „1.234,50“ too). Reading is
 * {@link TypedAmount}'s, showing is {@link Money}'s, so a form, a search filter and an import agree.
 * The field's {@code converterMessage} says what went wrong.
 */
@FacesConverter("innenstadt.euro")
public class EuroConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TypedAmount.findCents(value).map(cents -> BigDecimal.valueOf(cents, 2))
                .orElseThrow(() -> new ConverterException("Not an amount: " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return Money.euros(value.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact()).formatNumber(context.getViewRoot().getLocale());
    }
}
