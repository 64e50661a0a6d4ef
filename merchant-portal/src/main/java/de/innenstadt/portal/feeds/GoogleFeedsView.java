// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import de.innenstadt.core.inventory.GoogleFeedExport;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The addresses of the merchant's offers as Google feeds, for the merchant to enter in Google Merchant Center. */
@Named
@RequestScoped
public class GoogleFeedsView {

    @Inject
    private GoogleFeedExport export;

    @Inject
    private CurrentActor actor;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    public String getInventoryUrl() {
        return url("local-inventory").orElse(null);
    }

    public String getProductsUrl() {
        return url("local-products").orElse(null);
    }

    private Optional<String> url(String feed) {
        return export.findSlug(actor.get())
                .map(slug -> publicUrl.replaceAll("/+$", "") + "/feeds/google/" + slug + "/" + feed + ".tsv");
    }
}
