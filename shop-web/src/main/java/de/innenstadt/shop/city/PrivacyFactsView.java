// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.account.LoginThrottle;
import de.innenstadt.core.reservation.ReservationRetention;
import de.innenstadt.shop.api.RequestLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The part of the privacy notice the software writes itself (GDPR Art. 13): what it stores, why, who
 * sees it and for how long, and which cookies it sets, with the numbers read from the same settings
 * the software acts on. The city's own text above it names the controller, its contact and the
 * supervisory authority; this part cannot drift from what the platform does, because it asks the classes
 * that own each rule (ReservationRetention, RequestLimits, LoginThrottle) instead of reading their settings again.
 */
@Named
@RequestScoped
public class PrivacyFactsView {

    /** A cookie the platform sets: its name, what for (message key suffix) and how long it lives (message key suffix). */
    public record CookieFact(String name, String purpose, String lifetime) {
    }

    /** Every cookie the platform can set; {@code ShopPagesIT} checks that no other one appears in a browser. */
    static final List<CookieFact> COOKIES = List.of(
            new CookieFact("JSESSIONID", "session", "session"),
            new CookieFact(Preferences.LANGUAGE_COOKIE, "language", "year"),
            new CookieFact(Preferences.VIEW_COOKIE, "view", "year"),
            new CookieFact(Preferences.KIOSK_COOKIE, "kiosk", "year"),
            new CookieFact("PORTALSESSION", "portal", "session"));

    @Inject
    private ReservationRetention retention;

    @Inject
    private CityView city;

    @Inject
    private LoginThrottle loginThrottle;

    @Inject
    private RequestLimits requestLimits;

    public int getEraseAfterDays() {
        return retention.eraseAfterDays();
    }

    public long getLoginWindowMinutes() {
        return loginThrottle.window().toMinutes();
    }

    public int getReservationsPerAddressPerHour() {
        return requestLimits.reservationsPerAddressPerHour();
    }

    /** The host that sees a visitor's address when a map loads its tiles. */
    public String getTileHost() {
        return city.getTileHost();
    }

    /** Maps load only after the visitor's click, unless the city serves its own tiles. */
    public boolean isMapAsksFirst() {
        return city.isMapAsksFirst();
    }

    public List<CookieFact> getCookies() {
        return COOKIES;
    }
}
