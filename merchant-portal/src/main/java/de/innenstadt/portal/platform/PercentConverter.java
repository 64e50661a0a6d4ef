// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage in a portal field, typed as the owner writes it: „12,5“ on a German page, „12.5“ on an
 * English one, either on both, with or without „%“, with a minus sign from the keyboard or pasted („−10“).
 * Faces' own BigDecimal converter reads only the dot and shows „20.0“ on a German page. The range is the
 * field's own rule (Bean Validation on the view); the field's {@code converterMessage} says what went wrong.
 */
@FacesConverter("innenstadt.percent")
public class PercentConverter implements Converter<BigDecimal> {

    private static final Pattern TYPED = Pattern.compile("([+\\-\u2212]?)\\s*(\\d{1,6})(?:[.,](\\d{1,3}))?\\s*%?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return findPercent(value).orElseThrow(() -> new ConverterException("Not a percentage: " + value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    /** The number typed, or empty when it is not one (letters, two signs, thousands separators, four decimals). */
    static Optional<BigDecimal> findPercent(String typed) {
        Matcher m = TYPED.matcher(typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String sign = m.group(1).isEmpty() || "+".equals(m.group(1)) ? "" : "-";
        String fraction = m.group(3) == null ? "" : "." + m.group(3);
        return Optional.of(new BigDecimal(sign + m.group(2) + fraction));
    }

    /** „12,5“ in German, „12.5“ in English, „20“ rather than „20.0“. */
    static String format(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
