// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The campaigns and events shoppers may see: only those the city marked public, running now or
 * starting soon. Read-only, so the shop pages never depend on how the city manages campaigns.
 */
@ApplicationScoped
@Transactional
public class PublicCampaigns {

    /** How far ahead an event is announced: far enough to plan a Saturday, near enough to matter. */
    static final Duration ANNOUNCED_AHEAD = Duration.ofDays(30);
    private static final int MAX_SHOWN = 12;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** A public campaign or event as shown on the home and shop pages. */
    public record PublicCampaign(long id, String name, CampaignKind kind, String description, Instant startsAt,
            Instant endsAt, boolean running) {
    }

    /** Public campaigns that have not ended and start within the next 30 days, soonest first. */
    public List<PublicCampaign> current(Instant now) {
        return em.createQuery("select c from Campaign c where c.publicCampaign = true and c.endsAt > :now"
                        + " and c.startsAt < :horizon order by c.startsAt, c.id", Campaign.class)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(ANNOUNCED_AHEAD))
                .setMaxResults(MAX_SHOWN)
                .getResultList()
                .stream().map(c -> toPublic(c, now)).toList();
    }

    /** The same, limited to campaigns a merchant takes part in, for the merchant's shop page. */
    public List<PublicCampaign> ofMerchant(long merchantId, Instant now) {
        return em.createQuery("select c from Campaign c join c.merchants m where m.id = :merchant"
                        + " and c.publicCampaign = true and c.endsAt > :now and c.startsAt < :horizon"
                        + " order by c.startsAt, c.id", Campaign.class)
                .setParameter("merchant", merchantId)
                .setParameter("now", now)
                .setParameter("horizon", now.plus(ANNOUNCED_AHEAD))
                .setMaxResults(MAX_SHOWN)
                .getResultList()
                .stream().map(c -> toPublic(c, now)).toList();
    }

    private static PublicCampaign toPublic(Campaign c, Instant now) {
        return new PublicCampaign(c.getId(), c.getName(), c.getKind(), c.getDescription(), c.getStartsAt(),
                c.getEndsAt(), c.covers(now));
    }
}
