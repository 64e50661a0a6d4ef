// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.city.CitySettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/**
 * Search settings read from the city's settings in the database. The time zone is read once: a
 * city does not move, and every search needs it, so a database round trip per search is waste.
 * Synonyms are read fresh, since they are only needed when an index is built.
 */
@ApplicationScoped
public class CitySearchSettings implements SearchSettings {

    @Inject
    private CitySettingsService city;

    private volatile ZoneId zone;

    @Override
    public ZoneId zone() {
        ZoneId known = zone;
        if (known == null) {
            known = city.current().getZone();
            zone = known;
        }
        return known;
    }

    @Override
    public List<String> synonyms() {
        return city.current().getSynonyms();
    }
}
