// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.core.city.CitySettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;

/**
 * The city's starting points on the results page („Entfernung ab: Stiftsplatz · Hauptbahnhof · Rathaus“): a shopper
 * who will not or cannot share the browser's position (a kiosk, a desktop without location, someone arriving by
 * train) still gets distances from a place they know. The point travels in the address like a shared position,
 * rounded the same way, so the page names it by comparing coordinates; nothing is stored.
 */
@Named
@RequestScoped
public class StartingPointsView {

    /** A starting point as the page links it: its name and its coordinates as the address carries them. */
    public record Place(String name, String lat, String lon) {
    }

    @Inject
    private CitySettingsService city;

    /** Built once per request: the page asks for them, and for the name of the applied one, several times. */
    private List<Place> places;

    public List<Place> getPlaces() {
        if (places == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            places = city.startingPoints().stream().map(point -> new Place(point.name(locale),
                    coordinate(point.point().latitude().doubleValue()), coordinate(point.point().longitude().doubleValue())))
                    .toList();
        }
        return places;
    }

    /** The name of the starting point these coordinates (from the address) are, or empty for the shopper's own position. */
    public String nameAt(String lat, String lon) {
        return getPlaces().stream().filter(place -> place.lat().equals(lat) && place.lon().equals(lon))
                .map(Place::name).findFirst().orElse("");
    }

    /** Three decimals (about 100 m), as near-me.js rounds the browser's position. */
    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.3f", degrees);
    }

    /** Whether the city profile names any; the page shows the choice only then. */
    public boolean isOffered() {
        return !city.startingPoints().isEmpty();
    }
}
