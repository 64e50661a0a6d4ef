// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.city.Campaign;
import de.innenstadt.core.city.FootfallImport;
import de.innenstadt.core.city.FootfallLocation;
import de.innenstadt.core.city.SearchLog;
import de.innenstadt.core.merchant.Merchant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The city-centre management part of the demo: counting points, a year of footfall, campaigns with
 * participating shops, and a year of counted searches. Runs inside the demo loader's transaction.
 */
@ApplicationScoped
public class DemoCity {

    private static final Logger LOG = Logger.getLogger(DemoCity.class.getName());
    private static final int SEARCHES_PER_BATCH = 1000;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private FootfallImport footfall;

    /** Loads the year that ends yesterday; the merchants are the demo's, in load order. */
    @Transactional
    public void load(long seed, LocalDate today, ZoneId zone, List<Merchant> merchants) {
        long started = System.nanoTime();
        Map<String, FootfallLocation> points = new HashMap<>();
        for (DemoFootfall.Point point : DemoFootfall.POINTS) {
            FootfallLocation location = new FootfallLocation(point.externalId(), point.name(), point.lat(), point.lon());
            em.persist(location);
            points.put(point.externalId(), location);
        }
        em.flush();
        DemoFootfall.Year year = DemoFootfall.generate(seed, today.minusDays(1), zone);
        footfall.store(year.readings());
        int merchantOffset = 0;
        for (DemoFootfall.DemoCampaign demo : year.campaigns()) {
            Campaign campaign = new Campaign(demo.name(), demo.kind(), demo.starts().atZone(zone).toInstant(),
                    demo.ends().atZone(zone).toInstant());
            campaign.setDescription(demo.description());
            campaign.setPublic(demo.publicCampaign());
            demo.pointIds().forEach(id -> campaign.getLocations().add(points.get(id)));
            for (int i = 0; i < demo.shops() && !merchants.isEmpty(); i++) {
                campaign.getMerchants().add(merchants.get((merchantOffset + i) % merchants.size()));
            }
            merchantOffset += 3;
            em.persist(campaign);
        }
        List<SearchLog.Entry> searches = DemoSearches.generate(seed, today.minusDays(1), zone, year.campaigns());
        for (int from = 0; from < searches.size(); from += SEARCHES_PER_BATCH) {
            insertSearches(searches.subList(from, Math.min(searches.size(), from + SEARCHES_PER_BATCH)));
        }
        LOG.info(() -> "Demo city management data loaded: " + year.readings().size() + " counted hours, "
                + year.campaigns().size() + " campaigns, " + searches.size() + " searches in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void insertSearches(List<SearchLog.Entry> entries) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO search_log (query, hits, occurred_at) VALUES (?, ?, ?)")) {
            for (SearchLog.Entry entry : entries) {
                statement.setString(1, entry.query());
                statement.setInt(2, (int) entry.hits());
                statement.setTimestamp(3, Timestamp.from(entry.at()));
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Storing the demo searches failed: " + e.getMessage(), e);
        }
    }
}
