// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.city.CitySettings;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.search.SearchSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The city's name, colours and tagline for the page frame; read once per request from the settings. */
@Named
@RequestScoped
public class CityView {

    @Inject
    private CitySettingsService service;

    @Inject
    private SearchSettings searchSettings;

    private CitySettings settings;

    @PostConstruct
    void load() {
        settings = service.current();
    }

    public String getName() {
        return settings.getName();
    }

    public String getPrimaryColor() {
        return settings.getPrimaryColor();
    }

    /** A point in time in the city's time zone and the page's language, as shoppers read it. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(searchSettings.zone())
                .format(instant);
    }

    public String getTagline() {
        return settings.tagline(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
