// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.city.CityPage;
import de.innenstadt.core.city.CityProfile;
import de.innenstadt.core.city.CitySettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Imprint, privacy notice and accessibility statement as the city edited them, and its pages in Leichte Sprache and sign language. */
@Named
@RequestScoped
public class LegalPageView {

    @Inject
    private CitySettingsService service;

    private String slug;
    private CityPage page;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (slug == null || !CityProfile.REQUIRED_PAGES.contains(slug) && !CityProfile.OPTIONAL_PAGES.contains(slug)) {
            ErrorPages.notFound("No such page");
            return;
        }
        // the optional pages (Leichte Sprache, sign language) exist only once the city wrote them
        Optional<CityPage> found = service.findPage(slug, faces.getViewRoot().getLocale().getLanguage())
                .or(() -> service.findPage(slug, CityProfile.LOCALES.get(0)));
        if (found.isEmpty()) {
            ErrorPages.notFound("The city has no page " + slug);
            return;
        }
        page = found.get();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public CityPage getPage() {
        return page;
    }
}
