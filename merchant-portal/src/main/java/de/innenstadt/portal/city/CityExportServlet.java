// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.city.CityReport;
import de.innenstadt.core.city.PlatformFigures;
import de.innenstadt.core.city.StreetProfiles;
import de.innenstadt.core.city.StreetRanking;
import de.innenstadt.portal.platform.PageLanguage;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The data of each dashboard chart as a CSV file: {@code /city/export/footfall.csv},
 * {@code effect.csv}, {@code platform.csv}, {@code categories.csv}, {@code shops.csv},
 * {@code demand.csv}, {@code fewhits.csv}, {@code months.csv}, {@code ranking.csv}, {@code weekdays.csv}, {@code split.csv}, with the dashboard's query string: the same figures as on
 * the page, suppression included, in the machine-readable form of {@link FigureTable#toCsv()}; the
 * container lets only city managers and admins in (see web.xml).
 */
@WebServlet("/city/export/*")
public class CityExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String chart = Optional.ofNullable(request.getPathInfo()).orElse("/").substring(1).replaceFirst("\\.csv$", "");
        Locale locale = PageLanguage.of(request);
        CityFigures figures = new CityFigures(report, actor.get(), locale);
        CityFigures.Selection selection = figures.select(DashboardQuery.of(request), clock);
        ResourceBundle messages = ResourceBundle.getBundle("de.innenstadt.portal.messages", locale);
        Optional<FigureTable> table = switch (chart) {
            case "footfall" -> Optional.of(figures.footfall(selection).table());
            case "effect" -> figures.effect(selection).map(CityFigures.EffectFigure::effect);
            case "platform" -> figures.effect(selection).map(CityFigures.EffectFigure::platform);
            case "categories" -> figures.effect(selection).map(CityFigures.EffectFigure::categories);
            case "shops" -> figures.effect(selection).map(CityFigures.EffectFigure::shops);
            case "demand", "fewhits", "months" -> Optional.of(platform(chart, request, locale, messages));
            case "ranking" -> Optional.of(new RankingTable(streets, actor.get(), messages, locale)
                    .of(DashboardQuery.of(request).periods(), report.lastCountedDay(actor.get())).table());
            case "weekdays" -> Optional.of(new ProfileTable(profiles, actor.get(), messages, locale)
                    .of(selection.location(), selection.first(), selection.last()).weekdays());
            case "split" -> Optional.of(new ProfileTable(profiles, actor.get(), messages, locale)
                    .of(selection.location(), selection.first(), selection.last()).split());
            default -> Optional.empty();
        };
        if (table.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No chart '" + chart + "' for this selection");
            return;
        }
        byte[] csv = table.get().toCsv().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"innenstadt-" + chart + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }

    private FigureTable platform(String chart, HttpServletRequest request, Locale locale, ResourceBundle messages) {
        PlatformTable.Platform platform = new PlatformTable(platformFigures, actor.get(), messages, locale, report.zone())
                .of(DashboardQuery.of(request).periods(), report.lastCountedDay(actor.get()), clock);
        return switch (chart) {
            case "demand" -> platform.zeroHits();
            case "fewhits" -> platform.fewHits();
            default -> platform.months();
        };
    }
}
