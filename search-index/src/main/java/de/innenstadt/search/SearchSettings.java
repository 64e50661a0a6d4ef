// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import java.time.ZoneId;
import java.util.List;

/** What search needs to know about the city: its time zone (for the times pages show) and its synonyms. */
public interface SearchSettings {

    ZoneId zone();

    /** Synonym rules in the Solr format, lower case. */
    List<String> synonyms();
}
