// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.home;

import de.innenstadt.core.catalog.Categories;
import de.innenstadt.core.catalog.Category;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.PublicCampaigns;
import de.innenstadt.core.city.PublicCampaigns.PublicCampaign;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The home page: the search box, the categories, the shops open right now and what is on in town. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private Categories categories;

    @Inject
    private ShopDirectory shops;

    @Inject
    private PublicCampaigns campaigns;

    @Inject
    private CitySettingsService city;

    @Inject
    private Clock clock;

    private List<StoreProfile> openStores;
    private List<PublicCampaign> currentCampaigns;

    public List<Category> getCategories() {
        return categories.all();
    }

    public String categoryName(Category category) {
        return category.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<StoreProfile> getOpenStores() {
        if (openStores == null) {
            LocalDateTime now = LocalDateTime.now(clock.withZone(city.current().getZone()));
            openStores = shops.openAt(now, city.holidaysAroundNow());
        }
        return openStores;
    }

    public List<PublicCampaign> getCampaigns() {
        if (currentCampaigns == null) {
            currentCampaigns = campaigns.current(Instant.now(clock));
        }
        return currentCampaigns;
    }
}
