// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.city.CitySettings;
import de.innenstadt.core.city.CitySettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The city's name, colours and tagline for the page frame; read once per request from the settings. */
@Named
@RequestScoped
public class CityView {

    @Inject
    private CitySettingsService service;

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

    public String getTagline() {
        return settings.tagline(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
