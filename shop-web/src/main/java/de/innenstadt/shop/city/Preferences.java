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

/**
 * The two choices a shopper can make without an account: the language and the "large text, strong
 * contrast" view. Both live in cookies the shopper sets with a button; nobody gets a cookie who
 * did not ask for one.
 */
@Named
@RequestScoped
public class Preferences {

    static final String LANGUAGE_COOKIE = "innenstadt-lang";
    static final String VIEW_COOKIE = "innenstadt-view";
    static final String LARGE_VIEW = "large";
    static final Set<String> LANGUAGES = Set.of("de", "en");

    @Inject
    private HttpServletRequest request;

    /**
     * The language chosen with the switch, else the browser's best supported language, else (a crawler, a kiosk,
     * a script that names none) the city's language, Faces' default locale: the servlet container would answer
     * with the server's own locale instead.
     */
    public Locale getLocale() {
        return findCookie(LANGUAGE_COOKIE).filter(LANGUAGES::contains).map(Locale::forLanguageTag)
                .orElseGet(() -> {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    String asked = request.getHeader("Accept-Language");
                    return asked == null || asked.isBlank() ? faces.getApplication().getDefaultLocale()
                            : faces.getApplication().getViewHandler().calculateLocale(faces);
                });
    }

    public boolean isLargeView() {
        return findCookie(VIEW_COOKIE).filter(LARGE_VIEW::equals).isPresent();
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
