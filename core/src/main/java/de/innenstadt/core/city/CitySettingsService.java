// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The city this installation serves. On first start the configured profile ({@code innenstadt.city})
 * is written to the database; from then on the database row is the truth and can be edited.
 * Every method runs in a transaction, because the indexing and statistics threads call it too and
 * have no request to bind an entity manager to.
 */
@ApplicationScoped
@Transactional
public class CitySettingsService {

    private static final Logger LOG = Logger.getLogger(CitySettingsService.class.getName());

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "innenstadt.city")
    private String configuredCity;

    /** The configured profile's starting points, read once: they are configuration, not data the city edits here. */
    private volatile List<CityProfile.StartingPoint> startingPoints;

    /** Seeds the settings and legal pages from the configured profile when the database has none. */
    public CitySettings seedIfEmpty() {
        CitySettings existing = em.find(CitySettings.class, CitySettings.SINGLE_ROW);
        if (existing != null) {
            return existing;
        }
        CityProfile profile = CityProfile.load(configuredCity);
        CitySettings settings = new CitySettings(profile);
        em.persist(settings);
        profile.pages().forEach((slug, byLocale) -> byLocale.forEach((locale, page) ->
                em.persist(new CityPage(slug, locale, page.title(), page.bodyHtml()))));
        LOG.info(() -> "City settings seeded from profile " + configuredCity + ": " + profile.name());
        return settings;
    }

    /** Places shoppers may measure distances from (Stiftsplatz, Hauptbahnhof …), from the city profile; may be empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CityProfile.StartingPoint> startingPoints() {
        List<CityProfile.StartingPoint> points = startingPoints;
        if (points == null) {
            points = CityProfile.load(configuredCity).startingPoints();
            startingPoints = points;
        }
        return points;
    }

    public CitySettings current() {
        CitySettings settings = em.find(CitySettings.class, CitySettings.SINGLE_ROW);
        if (settings == null) {
            throw new IllegalStateException("City settings are missing: the portal seeds them on its first start");
        }
        return settings;
    }

    public Optional<CityPage> findPage(String slug, String locale) {
        return Optional.ofNullable(em.find(CityPage.class, new CityPage.Key(slug, locale)));
    }

    public List<CityPage> pages() {
        return em.createQuery("select p from CityPage p order by p.slug, p.locale", CityPage.class).getResultList();
    }

    /** The slugs of the pages this city has (in any language), for the footer's links to the optional ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> pageSlugs() {
        return Set.copyOf(em.createQuery("select distinct p.slug from CityPage p", String.class).getResultList());
    }

    /**
     * Saves a page of the city as the admin typed it, cleaned of anything that could run or load in a visitor's
     * browser ({@link LegalPageHtml}). An optional page saved with an empty text is taken down; the legal ones
     * cannot be.
     *
     * @return the cleaned page text, and whether cleaning took something away
     * @throws IllegalArgumentException for an unknown page or language, an empty title, or an empty legal page
     */
    public LegalPageHtml.Cleaned savePage(Actor actor, String slug, String locale, String title, String bodyHtml) {
        actor.requireRole(Role.ADMIN);
        boolean optional = CityProfile.OPTIONAL_PAGES.contains(slug);
        if (!optional && !CityProfile.REQUIRED_PAGES.contains(slug) || !CityProfile.LOCALES.contains(locale)) {
            throw new IllegalArgumentException("No page " + slug + " in " + locale);
        }
        LegalPageHtml.Cleaned cleaned = LegalPageHtml.clean(bodyHtml);
        Optional<CityPage> existing = findPage(slug, locale);
        if (cleaned.isEmpty()) {
            if (!optional) {
                throw new IllegalArgumentException("The page " + slug + " is required by law and cannot be empty");
            }
            existing.ifPresent(em::remove);
            return cleaned;
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A page needs a title");
        }
        existing.ifPresentOrElse(page -> page.edit(title.strip(), cleaned.html()),
                () -> em.persist(new CityPage(slug, locale, title.strip(), cleaned.html())));
        return cleaned;
    }

    /** Replaces the city's search synonyms (read with {@link CitySynonyms}); search uses them after the next rebuild. */
    public void saveSynonyms(Actor actor, List<String> rules) {
        actor.requireRole(Role.ADMIN);
        current().setSynonyms(List.copyOf(rules));
    }

    /** The city's own words in the shop's frame and its contact for shoppers and merchants. */
    public void saveTexts(Actor actor, String taglineDe, String taglineEn, String contactEmail, String operatorName) {
        actor.requireRole(Role.ADMIN);
        current().editTexts(taglineDe.strip(), taglineEn.strip(), contactEmail.strip(), operatorName.strip());
    }

    /** Public holidays of the city's state around today, for "open now" and the opening-hours editor. */
    public Set<LocalDate> holidaysAroundNow() {
        int year = ZonedDateTime.now(clock.withZone(current().getZone())).getYear();
        return PublicHolidays.dates(current().getRegion(), year - 1, year + 1);
    }
}
