// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.city.SearchLog;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A year of counted searches for the city's demand report: mostly searches that find something,
 * and a steady share of things nobody in the centre has (the demand gap the report is for). Busier
 * on Saturdays and during campaigns, like the footfall. Seeded, so every demo shows the same top terms.
 */
public final class DemoSearches {

    private static final List<String> FOUND = List.of("kaffee", "buch", "turnschuhe", "jeans", "wolle", "puzzle",
            "kopfhörer", "olivenöl", "regenschirm", "teekanne", "fußball", "lippenstift", "kinderbuch", "socken");

    /** Things residents look for that the demo shops do not carry; weights make a clear top list. */
    private static final List<String> MISSING = List.of("nähmaschinennadeln", "nähmaschinennadeln", "nähmaschinennadeln",
            "lego technic", "lego technic", "schallplatten", "schallplatten", "druckerpatronen", "angelzubehör",
            "e-bike akku", "dirndl", "modellbahn");

    private DemoSearches() {
    }

    /** Searches of the year ending with {@code lastDay}. */
    public static List<SearchLog.Entry> generate(long seed, LocalDate lastDay, ZoneId zone,
            List<DemoFootfall.DemoCampaign> campaigns) {
        Random random = new Random(seed);
        List<SearchLog.Entry> entries = new ArrayList<>();
        for (LocalDate day = lastDay.minusDays(364); !day.isAfter(lastDay); day = day.plusDays(1)) {
            LocalDate current = day;
            boolean campaignDay = campaigns.stream().anyMatch(c -> !current.isBefore(c.starts().toLocalDate())
                    && !current.isAfter(c.ends().toLocalDate()));
            int searches = (int) Math.round((day.getDayOfWeek().getValue() == 6 ? 50 : 30) * (campaignDay ? 1.5 : 1.0)
                    * (0.8 + random.nextDouble() * 0.4));
            for (int i = 0; i < searches; i++) {
                boolean missing = random.nextDouble() < 0.18;
                String query = missing ? MISSING.get(random.nextInt(MISSING.size())) : FOUND.get(random.nextInt(FOUND.size()));
                long hits = missing ? 0 : 1 + random.nextInt(40);
                entries.add(new SearchLog.Entry(query, hits,
                        day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(zone).toInstant()));
            }
        }
        return entries;
    }
}
