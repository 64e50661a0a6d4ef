// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns, events and late-opening nights as the city-centre management keeps them. Only city
 * managers (and admins) may read or change them here; shop pages show the public ones through their
 * own read-only query. A draft is checked as a whole and every problem is reported at once.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    static final int MAX_NAME = 160;
    static final int MAX_DESCRIPTION = 4000;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private CitySettingsService city;

    /** A shop that can take part, by merchant. */
    public record MerchantChoice(long id, String name) {
    }

    /** All campaigns, newest first, with their counting points and shops loaded. */
    public List<Campaign> all(Actor actor) {
        actor.requireRole(Role.CITY_MANAGER);
        List<Campaign> campaigns = em.createQuery("select c from Campaign c order by c.startsAt desc, c.id desc", Campaign.class)
                .getResultList();
        campaigns.forEach(c -> {
            c.getLocations().size();
            c.getMerchants().size();
        });
        return campaigns;
    }

    public Optional<Campaign> find(Actor actor, long id) {
        actor.requireRole(Role.CITY_MANAGER);
        Optional<Campaign> campaign = Optional.ofNullable(em.find(Campaign.class, id));
        campaign.ifPresent(c -> {
            c.getLocations().size();
            c.getMerchants().size();
        });
        return campaign;
    }

    public List<FootfallLocation> locations(Actor actor) {
        actor.requireRole(Role.CITY_MANAGER);
        return em.createQuery("select l from FootfallLocation l order by l.name", FootfallLocation.class).getResultList();
    }

    public List<MerchantChoice> merchants(Actor actor) {
        actor.requireRole(Role.CITY_MANAGER);
        return em.createQuery("select m.id, m.name from Merchant m order by m.name", Object[].class).getResultList().stream()
                .map(row -> new MerchantChoice(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /**
     * Creates or changes a campaign.
     *
     * @throws CampaignInvalidException with every problem of the draft
     * @throws NotFoundException when the campaign to change is gone
     */
    public Campaign save(Actor actor, CampaignDraft draft) {
        actor.requireRole(Role.CITY_MANAGER);
        Map<String, String> problems = problems(draft);
        List<FootfallLocation> locations = draft.locationIds().isEmpty() ? List.of()
                : em.createQuery("select l from FootfallLocation l where l.id in :ids", FootfallLocation.class)
                        .setParameter("ids", draft.locationIds()).getResultList();
        if (locations.size() != draft.locationIds().size()) {
            problems.putIfAbsent("locations", "campaign.locations.unknown");
        }
        List<Merchant> merchants = draft.merchantIds().isEmpty() ? List.of()
                : em.createQuery("select m from Merchant m where m.id in :ids", Merchant.class)
                        .setParameter("ids", draft.merchantIds()).getResultList();
        if (merchants.size() != draft.merchantIds().size()) {
            problems.putIfAbsent("merchants", "campaign.merchants.unknown");
        }
        if (!problems.isEmpty()) {
            throw new CampaignInvalidException(problems);
        }
        ZoneId zone = city.current().getZone();
        Campaign campaign;
        if (draft.id() == null) {
            campaign = new Campaign(draft.name().strip(), draft.kind(), draft.starts().atZone(zone).toInstant(),
                    draft.ends().atZone(zone).toInstant());
            em.persist(campaign);
        } else {
            campaign = Optional.ofNullable(em.find(Campaign.class, draft.id()))
                    .orElseThrow(() -> new NotFoundException("No campaign " + draft.id()));
            campaign.setName(draft.name().strip());
            campaign.setKind(draft.kind());
            campaign.reschedule(draft.starts().atZone(zone).toInstant(), draft.ends().atZone(zone).toInstant());
        }
        campaign.setDescription(draft.description() == null || draft.description().isBlank() ? null : draft.description().strip());
        campaign.setPublic(draft.publicCampaign());
        campaign.getLocations().clear();
        campaign.getLocations().addAll(locations);
        campaign.getMerchants().clear();
        campaign.getMerchants().addAll(merchants);
        return campaign;
    }

    public void delete(Actor actor, long id) {
        actor.requireRole(Role.CITY_MANAGER);
        Campaign campaign = Optional.ofNullable(em.find(Campaign.class, id))
                .orElseThrow(() -> new NotFoundException("No campaign " + id));
        em.remove(campaign);
    }

    /** Field → message key of everything wrong with the draft itself. */
    static Map<String, String> problems(CampaignDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.put("name", "campaign.name.required");
        } else if (draft.name().strip().length() > MAX_NAME) {
            problems.put("name", "campaign.name.tooLong");
        }
        if (draft.kind() == null) {
            problems.put("kind", "campaign.kind.required");
        }
        if (draft.starts() == null) {
            problems.put("starts", "campaign.starts.required");
        }
        if (draft.ends() == null) {
            problems.put("ends", "campaign.ends.required");
        } else if (draft.starts() != null && !draft.ends().isAfter(draft.starts())) {
            problems.put("ends", "campaign.ends.beforeStart");
        }
        if (draft.description() != null && draft.description().length() > MAX_DESCRIPTION) {
            problems.put("description", "campaign.description.tooLong");
        }
        return problems;
    }
}
