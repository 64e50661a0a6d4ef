// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.city.CitySettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/** Search settings read from the city's settings in the database. */
@ApplicationScoped
public class CitySearchSettings implements SearchSettings {

    @Inject
    private CitySettingsService city;

    @Override
    public ZoneId zone() {
        return city.current().getZone();
    }

    @Override
    public List<String> synonyms() {
        return city.current().getSynonyms();
    }
}
