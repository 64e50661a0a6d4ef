// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.shops;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.PublicCampaigns;
import de.innenstadt.core.city.PublicCampaigns.PublicCampaign;
import de.innenstadt.core.city.PublicHolidays;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.ShopProfile;
import de.innenstadt.core.merchant.ShopDirectory.SpecialDay;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.shop.city.CityView;
import de.innenstadt.shop.city.ErrorPages;
import de.innenstadt.shop.seo.JsonLd;
import de.innenstadt.shop.seo.JsonLd.SpecialHours;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A shop's page at {@code /shop?slug=…}: who they are, where their stores are, when they are open
 * (the weekly plan, and the holidays and exceptions of the coming weeks), the city's campaigns they
 * take part in, and a search inside their assortment.
 */
@Named
@RequestScoped
public class ShopView {

    /** Special days are listed this far ahead: enough for the next holidays, short enough to read. */
    private static final int DAYS_AHEAD = 60;

    /** A line of the weekly plan. */
    public record WeekdayHours(String day, String hours) {
    }

    /** A date that differs from the weekly plan: a public holiday or the shop's own exception. */
    public record SpecialLine(String date, String hours, String note) {
    }

    /** A store with its plan and special days in the page's language. */
    public record StoreHours(StoreProfile store, boolean openNow, List<WeekdayHours> week, List<SpecialLine> special) {
    }

    @Inject
    private ShopDirectory shops;

    @Inject
    private PublicCampaigns campaigns;

    @Inject
    private CitySettingsService city;

    @Inject
    private CityView cityView;

    @Inject
    private Clock clock;

    private String slug;
    private ShopProfile shop;
    private List<StoreHours> stores = List.of();
    private List<PublicCampaign> shopCampaigns = List.of();
    private String jsonLd;

    public void load() {
        shop = shops.findShop(slug == null ? null : slug.strip()).orElse(null);
        if (shop == null) {
            ErrorPages.notFound("No such shop");
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        LocalDateTime now = LocalDateTime.now(clock.withZone(cityView.zone()));
        LocalDate today = now.toLocalDate();
        Map<LocalDate, String> holidayNames = new TreeMap<>();
        for (int year = today.getYear(); year <= today.plusDays(DAYS_AHEAD).getYear(); year++) {
            holidayNames.putAll(PublicHolidays.of(city.current().getRegion(), year));
        }
        Set<LocalDate> holidays = city.holidaysAroundNow();
        List<StoreHours> lines = new ArrayList<>();
        Map<Long, List<SpecialHours>> specialForSearchEngines = new LinkedHashMap<>();
        for (StoreProfile store : shop.stores()) {
            List<WeekdayHours> week = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                List<OpeningInterval> intervals = store.calendar().weekly().stream().filter(i -> i.day() == day).toList();
                week.add(new WeekdayHours(day.getDisplayName(TextStyle.FULL, locale), cityView.hours(intervals)));
            }
            Map<LocalDate, String> notes = new TreeMap<>();
            holidayNames.keySet().stream().filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(DAYS_AHEAD)))
                    .forEach(d -> notes.put(d, holidayNames.get(d)));
            for (SpecialDay day : store.specialDays()) {
                if (!day.day().isBefore(today) && !day.day().isAfter(today.plusDays(DAYS_AHEAD))) {
                    notes.put(day.day(), day.note() == null ? "" : day.note());
                }
            }
            List<SpecialLine> special = new ArrayList<>();
            List<SpecialHours> forSearchEngines = new ArrayList<>();
            notes.forEach((date, note) -> {
                List<OpeningInterval> intervals = store.hoursOn(date, holidays);
                special.add(new SpecialLine(cityView.date(date), cityView.hours(intervals), note));
                forSearchEngines.add(new SpecialHours(date, intervals));
            });
            specialForSearchEngines.put(store.storeId(), forSearchEngines);
            lines.add(new StoreHours(store, store.calendar().isOpenAt(now, holidays), week, special));
        }
        stores = List.copyOf(lines);
        shopCampaigns = campaigns.ofMerchant(shop.merchantId(), Instant.now(clock));
        jsonLd = JsonLd.shop(shop, specialForSearchEngines, cityView.getPublicUrl());
    }

    public ShopProfile getShop() {
        return shop;
    }

    /** The shop's website when it is a web address; anything else a merchant typed is not linked. */
    public String getWebsite() {
        String website = shop == null ? null : shop.website();
        return website != null && (website.startsWith("https://") || website.startsWith("http://")) ? website : null;
    }

    public List<StoreHours> getStores() {
        return stores;
    }

    public List<StoreProfile> getStoreProfiles() {
        return shop == null ? List.of() : shop.stores();
    }

    public List<PublicCampaign> getCampaigns() {
        return shopCampaigns;
    }

    public String getJsonLd() {
        return jsonLd;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
