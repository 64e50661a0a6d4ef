// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.util.Optional;

/**
 * Finds the parser of a format. The parsers of file formats live with the integration routes; the
 * import pipeline in core reaches them through this interface (as a CDI bean) so core stays free of
 * them, and an instance without them (shop-web) still reads the JSON push format.
 */
public interface FeedParserLookup {

    Optional<FeedParser> find(FeedFormat format);
}
