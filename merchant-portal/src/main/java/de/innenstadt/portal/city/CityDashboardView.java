// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.Campaign;
import de.innenstadt.core.city.CityReport;
import de.innenstadt.core.city.FootfallLocation;
import de.innenstadt.core.city.PlatformFigures;
import de.innenstadt.core.city.Resolution;
import de.innenstadt.core.city.StreetProfiles;
import de.innenstadt.core.city.StreetRanking;
import de.innenstadt.portal.city.CityFigures.EffectFigure;
import de.innenstadt.portal.city.CityFigures.FootfallFigure;
import de.innenstadt.portal.city.CityFigures.Selection;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The city-centre dashboard. The selection comes from the query string (a plain GET form), so a view
 * can be bookmarked and its CSV links select the same data; every chart has its table beside it.
 */
@Named
@RequestScoped
public class CityDashboardView {

    @Inject
    private CityReport report;

    @Inject
    private CurrentActor actor;

    @Inject
    private Clock clock;

    @Inject
    private StreetRanking streets;

    @Inject
    private StreetProfiles profiles;

    @Inject
    private PlatformFigures platformFigures;

    private DashboardQuery query;
    private Selection selection;
    private FootfallFigure footfall;
    private Optional<EffectFigure> effect;
    private PlatformTable.Platform platform;
    private RankingTable.Ranking ranking;
    private ProfileTable.Profiles weekdays;
    private List<Campaign> campaigns;
    private List<FootfallLocation> locations;

    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        query = DashboardQuery.of((HttpServletRequest) faces.getExternalContext().getRequest());
        CityFigures figures = new CityFigures(report, actor.get(), faces.getViewRoot().getLocale());
        selection = figures.select(query, clock);
        locations = figures.locations();
        campaigns = figures.campaigns(clock);
        footfall = figures.footfall(selection);
        effect = figures.effect(selection);
        ResourceBundle msg = ResourceBundle.getBundle("de.innenstadt.portal.messages", faces.getViewRoot().getLocale());
        ranking = new RankingTable(streets, actor.get(), msg, faces.getViewRoot().getLocale())
                .of(query.periods(), report.lastCountedDay(actor.get()));
        platform = new PlatformTable(platformFigures, actor.get(), msg, faces.getViewRoot().getLocale(), report.zone())
                .of(query.periods(), report.lastCountedDay(actor.get()), clock);
        weekdays = new ProfileTable(profiles, actor.get(), msg, faces.getViewRoot().getLocale())
                .of(selection.location(), selection.first(), selection.last());
    }

    public Selection getSelection() {
        return selection;
    }

    public List<FootfallLocation> getLocations() {
        return locations;
    }

    public List<Campaign> getCampaigns() {
        return campaigns;
    }

    public Resolution[] getResolutions() {
        return Resolution.values();
    }

    public FootfallFigure getFootfall() {
        return footfall;
    }

    public EffectFigure getEffect() {
        return effect.orElse(null);
    }

    public boolean isEffectAvailable() {
        return effect.isPresent();
    }

    /** Stock freshness, reservations per month and the demand gap. */
    public PlatformTable.Platform getPlatform() {
        return platform;
    }

    /** Which streets gained or lost between two periods. */
    public RankingTable.Ranking getRanking() {
        return ranking;
    }

    /** Every street's week and the selected point's direction and age split, over the selected period. */
    public ProfileTable.Profiles getProfiles() {
        return weekdays;
    }

    public int getBaselineWeeks() {
        return report.baselineWeeks();
    }

    /** The link that downloads one chart's data as the page shows it. */
    public String csvLink(String chart) {
        FacesContext faces = FacesContext.getCurrentInstance();
        long location = selection.location() == null ? 0 : selection.location().getId();
        return faces.getExternalContext().getRequestContextPath() + "/city/export/" + chart + ".csv?"
                + query.queryString(location, selection.first(), selection.last(), selection.campaign().map(Campaign::getId))
                + "&lang=" + faces.getViewRoot().getLocale().getLanguage();
    }

    /** A campaign's period in the city's time, for the selection list. */
    public String period(Campaign campaign) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return format.format(campaign.getStartsAt().atZone(report.zone())) + " – "
                + format.format(campaign.getEndsAt().atZone(report.zone()));
    }
}
