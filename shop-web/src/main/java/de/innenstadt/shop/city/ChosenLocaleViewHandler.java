// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/**
 * Gives every view the shopper's language from the moment Faces creates it: the language chosen with the
 * switch, else the browser's best supported language, else (a crawler, a kiosk, a script that names none)
 * the city's language, Faces' default locale, where the servlet container would pick the server's own.
 * A locale set only by {@code f:view} at render time came too late for view actions: a product page
 * loaded for a visitor who chose German in an English browser, or for a kiosk, priced its offers as
 * „€5.99“ under a German heading.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

    public ChosenLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object chosen = context.getExternalContext().getRequestCookieMap().get(Preferences.LANGUAGE_COOKIE);
        if (chosen instanceof Cookie cookie && Preferences.LANGUAGES.contains(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        String asked = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        return asked == null || asked.isBlank() ? context.getApplication().getDefaultLocale()
                : getWrapped().calculateLocale(context);
    }
}
