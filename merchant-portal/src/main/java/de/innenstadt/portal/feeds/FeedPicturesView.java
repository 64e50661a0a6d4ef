// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import de.innenstadt.core.inventory.ImageFetchRunner;
import de.innenstadt.core.inventory.ImageFetches;
import de.innenstadt.core.inventory.ImageFetches.ImportPictures;
import de.innenstadt.core.inventory.ImageFetches.RefusedPicture;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * What became of the pictures the merchant's imports named by address: counts per import in the history,
 * and each picture not taken with its address and reason, so the merchant can correct the export.
 */
@Named
@RequestScoped
public class FeedPicturesView {

    private static final int SHOWN = 100;

    @Inject
    private ImageFetches fetches;

    @Inject
    private ImageFetchRunner runner;

    @Inject
    private CurrentActor actor;

    private Map<Long, ImportPictures> byImport;
    private List<RefusedPicture> refused;

    /** The counts of one import of the history; null when it named no picture to fetch. */
    public ImportPictures of(long importId) {
        if (byImport == null) {
            byImport = fetches.picturesOfRecentImports(actor.get(), FeedsView.HISTORY_SIZE);
        }
        return byImport.get(importId);
    }

    public List<RefusedPicture> getRefused() {
        if (refused == null) {
            refused = fetches.refusedPictures(actor.get(), SHOWN);
        }
        return refused;
    }

    /** The largest picture fetched, in whole megabytes, for the reason „too large“. */
    public long getMaxMegabytes() {
        return Math.round(runner.maxKilobytes() / 1024.0);
    }
}
