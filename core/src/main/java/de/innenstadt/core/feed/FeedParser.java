// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.io.InputStream;

/**
 * Reads one feed format. Implementations are plain Java (no Camel, no database), so every format is
 * tested with real sample files alone. A line that is wrong is reported to the sink and reading goes
 * on; a file that cannot be read at all (not the format, broken encoding, an XML bomb) ends with a
 * {@link FeedFormatException} whose message is shown to the merchant.
 */
public interface FeedParser {

    FeedFormat format();

    void parse(InputStream content, FeedParseOptions options, FeedSink sink) throws FeedFormatException;
}
