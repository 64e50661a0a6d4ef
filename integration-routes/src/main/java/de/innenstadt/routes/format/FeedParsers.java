// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * The parser for each file format. All parsers are stateless and thread-safe, so one of each serves
 * every import. JSON pushes are read by the push API and have no parser here.
 */
@ApplicationScoped
public class FeedParsers {

    private final Map<FeedFormat, FeedParser> parsers = new EnumMap<>(FeedFormat.class);

    public FeedParsers() {
        this(new FeedContent(), Clock.systemUTC());
    }

    public FeedParsers(FeedContent content, Clock clock) {
        register(new PosCsvParser(content));
        register(new GoogleLocalInventoryParser(FeedFormat.GOOGLE_LOCAL_INVENTORY_TSV, content, clock));
        register(new GoogleLocalInventoryParser(FeedFormat.GOOGLE_LOCAL_INVENTORY_XML, content, clock));
        register(new GoogleLocalProductsParser(content));
        register(new BmecatParser(content));
    }

    private void register(FeedParser parser) {
        parsers.put(parser.format(), parser);
    }

    /**
     * @throws IllegalArgumentException for {@link FeedFormat#JSON_PUSH}, which arrives through the push API
     */
    public FeedParser forFormat(FeedFormat format) {
        FeedParser parser = parsers.get(format);
        if (parser == null) {
            throw new IllegalArgumentException(format + " is not read from files; the push API reads it");
        }
        return parser;
    }
}
