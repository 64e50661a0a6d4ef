// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.platform.SecureCookies;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code POST /preferences}: the language and view switches in the page header, and the kiosk switch of
 * {@code /kiosk}. A plain form post,
 * so the switches work without JavaScript; the answer sends the shopper back to the page they were
 * on. The cookies are essential in the legal sense: set only when the shopper presses the button,
 * holding nothing but the choice.
 */
@WebServlet("/preferences")
public class PreferenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("lang");
        String view = request.getParameter("view");
        String kiosk = request.getParameter("kiosk");
        if (language == null && view == null && kiosk == null || language != null && !Preferences.LANGUAGES.contains(language)
                || view != null && !view.equals(Preferences.LARGE_VIEW) && !view.equals("standard")
                || kiosk != null && !kiosk.equals(Preferences.KIOSK_ON) && !kiosk.equals("off")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "lang must be de or en, view large or standard, kiosk on or off");
            return;
        }
        if (kiosk != null) {
            boolean on = kiosk.equals(Preferences.KIOSK_ON);
            response.addCookie(cookie(request, Preferences.KIOSK_COOKIE, on ? Preferences.KIOSK_ON : "", on ? ONE_YEAR : 0));
        }
        if (language != null) {
            response.addCookie(cookie(request, Preferences.LANGUAGE_COOKIE, language, ONE_YEAR));
        }
        if (view != null) {
            boolean large = view.equals(Preferences.LARGE_VIEW);
            response.addCookie(cookie(request, Preferences.VIEW_COOKIE, large ? Preferences.LARGE_VIEW : "", large ? ONE_YEAR : 0));
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + localPath(request.getParameter("back")));
    }

    /** Only a path on this site, never another host: the parameter must not become an open redirect. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.length() > 2000 || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }

    private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(SecureCookies.required(request));
        return cookie;
    }
}
