// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.shops;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.shop.city.CityView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * „Alle Geschäfte“: every store of the city centre by name, with its address, today's hours and
 * whether it is open now or when it opens: the list a shopper browses when they do not search for
 * a thing, and what the footer links instead of the raw sitemap.
 */
@Named
@RequestScoped
public class AllShopsView {

    /** One store as the list shows it. */
    public record Line(StoreProfile store, String hoursToday, boolean openNow, String opensNext) {
    }

    @Inject
    private ShopDirectory shops;

    @Inject
    private CitySettingsService city;

    @Inject
    private CityView cityView;

    @Inject
    private Clock clock;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(city.current().getZone()));
            LocalDate today = now.toLocalDate();
            Set<LocalDate> holidays = city.holidaysAroundNow();
            lines = shops.allStores().stream().map(store -> {
                boolean open = store.calendar().isOpenAt(now, holidays);
                return new Line(store, cityView.hours(store.hoursOn(today, holidays)), open,
                        open ? "" : cityView.opensNext(store.calendar().findOpeningBetween(now, now.plusWeeks(1), holidays), today));
            }).toList();
        }
        return lines;
    }

    public long getOpenCount() {
        return getLines().stream().filter(Line::openNow).count();
    }
}
