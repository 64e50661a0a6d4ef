// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The choices a shopper can make without an account: the language and the "large text, strong
 * contrast" view; and whether the browser is a kiosk, which staff choose once per device. Both live in cookies the shopper sets with a button; nobody gets a cookie who
 * did not ask for one.
 */
@Named
@RequestScoped
public class Preferences {

    static final String LANGUAGE_COOKIE = "innenstadt-lang";
    static final String VIEW_COOKIE = "innenstadt-view";
    static final String LARGE_VIEW = "large";
    static final String KIOSK_COOKIE = "innenstadt-kiosk";
    static final String KIOSK_ON = "on";
    static final Set<String> LANGUAGES = Set.of("de", "en");

    @Inject
    private HttpServletRequest request;

    /** How long a kiosk waits without input before it asks whether anyone is still there. */
    @Inject
    @ConfigProperty(name = "innenstadt.kiosk.idle-seconds", defaultValue = "120")
    private int kioskIdleSeconds;

    /** How long the question stays before the kiosk starts over: WCAG 2.2.1 wants at least 20 seconds to answer. */
    @Inject
    @ConfigProperty(name = "innenstadt.kiosk.warning-seconds", defaultValue = "30")
    private int kioskWarningSeconds;

    /** The shopper's language ({@link ChosenLocaleViewHandler}: the switch, the browser, else the city's). */
    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    /** The large view, chosen with the switch; always on a kiosk. */
    public boolean isLargeView() {
        return isKiosk() || findCookie(VIEW_COOKIE).filter(LARGE_VIEW::equals).isPresent();
    }

    /**
     * Whether this browser was set up as a kiosk at {@code /kiosk} (the citizens' office, a library): large view,
     * starting over after a while without input, receipts printed instead of links shown.
     */
    public boolean isKiosk() {
        return findCookie(KIOSK_COOKIE).filter(KIOSK_ON::equals).isPresent();
    }

    public int getKioskIdleSeconds() {
        return kioskIdleSeconds;
    }

    public int getKioskWarningSeconds() {
        return kioskWarningSeconds;
    }

    /** Where a switch returns to: the page it was pressed on; error pages return home. */
    public String getBack() {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return "/";
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? (String) forwarded : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return path + (query == null ? "" : "?" + query);
    }

    private Optional<String> findCookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
