// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.city.CitySettings;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.UnitPrice;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.search.SearchSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The city's name, colours, map and tagline for the page frame, read once per request from the
 * settings, and the formats shoppers read times, prices and opening hours in.
 */
@Named
@RequestScoped
public class CityView {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    /** Per request, so per thread: a results page formats dozens of prices, and building a currency format is not cheap. */
    private final Map<String, NumberFormat> priceFormats = new HashMap<>();

    @Inject
    private CitySettingsService service;

    @Inject
    private SearchSettings searchSettings;

    @Inject
    private Clock clock;

    /** Overrides the city's tile server, e.g. for an operator's own tile cache. */
    @Inject
    @ConfigProperty(name = "innenstadt.map.tile-url")
    private Optional<String> tileUrlOverride;

    @Inject
    @ConfigProperty(name = "innenstadt.map.tile-attribution")
    private Optional<String> tileAttributionOverride;

    /** The tile server is the city's or the operator's own, so maps may load without asking the visitor first. */
    @Inject
    @ConfigProperty(name = "innenstadt.map.own-tile-server", defaultValue = "false")
    private boolean ownTileServer;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    private CitySettings settings;

    /** The city's pages, read on the first question in a request. */
    private Set<String> pageSlugs;

    @PostConstruct
    void load() {
        settings = service.current();
    }

    /** Whether the city wrote this page (the footer links Leichte Sprache and sign language only then). */
    public boolean hasPage(String slug) {
        if (pageSlugs == null) {
            pageSlugs = service.pageSlugs();
        }
        return pageSlugs.contains(slug);
    }

    public String getName() {
        return settings.getName();
    }

    public String getTagline() {
        return settings.tagline(locale());
    }

    public String getContactEmail() {
        return settings.getContactEmail();
    }

    public String getTileUrl() {
        return tileUrlOverride.filter(url -> !url.isBlank()).orElse(settings.getTileUrl());
    }

    /**
     * Whether a map waits for the visitor's click before loading tiles: a tile server run by someone else learns
     * every visitor's address from the tile requests, which the visitor has to agree to first (TTDSG § 25, GDPR).
     */
    public boolean isMapAsksFirst() {
        return !ownTileServer;
    }

    /** The host that serves the tiles, named in the question before the map loads. */
    public String getTileHost() {
        String url = getTileUrl();
        int start = url.indexOf("://") + 3;
        int end = url.indexOf('/', start);
        String host = end < 0 ? url.substring(start) : url.substring(start, end);
        return host.replace("{s}.", "");
    }

    public String getTileAttribution() {
        return tileAttributionOverride.filter(text -> !text.isBlank()).orElse(settings.getTileAttribution());
    }

    public double getMapLat() {
        return settings.getMapCenter().latitude().doubleValue();
    }

    public double getMapLon() {
        return settings.getMapCenter().longitude().doubleValue();
    }

    public int getMapZoom() {
        return settings.getMapZoom();
    }

    /** The site's address as search engines and shared links should see it, without a trailing slash. */
    public String getPublicUrl() {
        return publicUrl.replaceAll("/+$", "");
    }

    public ZoneId zone() {
        return searchSettings.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** A point in time in the city's time zone and the page's language, as shoppers read it. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(zone())
                .format(instant);
    }

    /**
     * A point in time with its weekday, "Montag, 23.11., 09:00" or "Monday 23 November, 09:00": when
     * reserved goods can be collected, which is often not today.
     */
    public String dayAndTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = locale();
        String pattern = "de".equals(locale.getLanguage()) ? "EEEE, dd.MM., HH:mm" : "EEEE d MMMM, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(zone()));
    }

    /**
     * "Bestand von 09:30" / "Stock as of 09:30": the whole phrase, so a results row renders it as text
     * instead of a message component with a parameter per offer.
     */
    public String stockAge(Instant instant) {
        return MessageFormat.format(ResourceBundle.getBundle("de.innenstadt.shop.messages", locale()).getString("offer.stockAt"),
                stockTime(instant));
    }

    /** How fresh a stock figure is: only the time when it is from today, else date and time. */
    private String stockTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone());
        return local.toLocalDate().equals(today()) ? HOUR_MINUTE.format(local) : time(instant);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE, d. MMMM", locale()).format(date);
    }

    /** A distance as a shopper says it: „830 m“ below a kilometre, else „1,2 km“ in the page's language. */
    public String distance(Double km) {
        if (km == null) {
            return "";
        }
        if (km < 1) {
            return Math.round(km * 100) * 10 + " m";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(km) + " km";
    }

    public String price(Money money) {
        return price(money.cents(), money.currency());
    }

    public String price(long cents, String currency) {
        return priceFormats.computeIfAbsent(currency, code -> {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale());
            format.setCurrency(Currency.getInstance(code));
            return format;
        }).format(BigDecimal.valueOf(cents, 2));
    }

    /** The Grundpreis as shops print it under the price („1 kg = 13,98 €“); empty for goods sold by the piece. */
    public String unitPrice(UnitPrice unitPrice) {
        return unitPrice == null ? "" : "1 " + unitPrice.baseUnit() + " = " + price(unitPrice.price());
    }

    /** Opening intervals as a shop door shows them, e.g. "09:30–12:30, 14:00–18:00", or "closed". */
    public String hours(List<OpeningInterval> intervals) {
        if (intervals.isEmpty()) {
            return ResourceBundle.getBundle("de.innenstadt.shop.messages", locale()).getString("hours.closed");
        }
        return intervals.stream().map(i -> HOUR_MINUTE.format(i.opens()) + "–" + HOUR_MINUTE.format(i.closes()))
                .collect(Collectors.joining(", "));
    }

    /**
     * When a shop that is closed now opens next, as a shopper would say it: „heute 14:00“, „morgen
     * 09:30“, „Montag 09:30“; empty when it does not open within the week looked at.
     */
    public String opensNext(Optional<LocalDateTime> opening, LocalDate today) {
        return opening.map(next -> opensNextLabel(next, today, locale(),
                ResourceBundle.getBundle("de.innenstadt.shop.messages", locale()))).orElse("");
    }

    static String opensNextLabel(LocalDateTime next, LocalDate today, Locale locale, ResourceBundle msg) {
        String day = next.toLocalDate().equals(today) ? msg.getString("hours.today")
                : next.toLocalDate().equals(today.plusDays(1)) ? msg.getString("hours.tomorrow")
                : next.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        return MessageFormat.format(msg.getString("hours.opens"), day + " " + HOUR_MINUTE.format(next));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
