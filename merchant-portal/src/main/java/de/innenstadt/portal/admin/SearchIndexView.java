// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.admin;

import de.innenstadt.portal.platform.IndexMaintenance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The administrator's view of the search index: rebuild it and see how the last rebuild went. */
@Named
@RequestScoped
public class SearchIndexView {

    @Inject
    private IndexMaintenance maintenance;

    public void rebuild() {
        maintenance.startRebuild();
    }

    public boolean isRunning() {
        return maintenance.isRunning();
    }

    public IndexMaintenance.Outcome getLastOutcome() {
        return maintenance.findLastOutcome().orElse(null);
    }
}
