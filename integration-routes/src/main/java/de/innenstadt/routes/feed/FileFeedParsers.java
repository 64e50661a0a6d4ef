// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.feed;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedParser;
import de.innenstadt.core.feed.FeedParserLookup;
import de.innenstadt.routes.format.FeedParsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Offers the file parsers of this module to the import pipeline in core; JSON pushes core reads itself. */
@ApplicationScoped
public class FileFeedParsers implements FeedParserLookup {

    @Inject
    FeedParsers parsers;

    @Override
    public Optional<FeedParser> find(FeedFormat format) {
        return format == FeedFormat.JSON_PUSH ? Optional.empty() : Optional.of(parsers.forFormat(format));
    }
}
