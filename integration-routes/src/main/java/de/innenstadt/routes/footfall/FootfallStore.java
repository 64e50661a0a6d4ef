// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallImport;
import de.innenstadt.core.city.FootfallReading;
import java.util.List;

/** Where the routes put what they read: in the application, core's {@code FootfallImport}. */
@FunctionalInterface
public interface FootfallStore {

    /** Stores the readings of one file or one poll of one counting point, all or nothing. */
    FootfallImport.Summary store(List<FootfallReading> readings);
}
