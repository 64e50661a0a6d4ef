// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.feed;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedImports;
import de.innenstadt.core.feed.FeedSource;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.ImportProgress;
import de.innenstadt.core.feed.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.Exchange;

/**
 * Hands a file that a file-like endpoint (drop folder, SFTP) delivered to the import pipeline and
 * turns its outcome into the endpoint's move: a feed that was refused or unreadable raises
 * {@link FeedNotAppliedException}, so the file lands in {@code failed/}; the import record says why.
 */
@ApplicationScoped
public class FeedFiles {

    private static final Logger LOG = Logger.getLogger(FeedFiles.class.getName());

    @Inject
    FeedImports imports;

    /** A feed that was received but not applied. */
    public static final class FeedNotAppliedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FeedNotAppliedException(String message) {
            super(message);
        }
    }

    void importFile(Exchange exchange, long merchantId, FeedSource source) throws IOException {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Optional<FeedFormat> format = imports.formatOf(merchantId, fileName);
        if (format.isEmpty()) {
            imports.recordFailure(merchantId, source, FeedFormat.POS_CSV, fileName,
                    FeedText.of(FeedText.Code.IMPORT_FILE_NAME_UNKNOWN, fileName));
            throw new FeedNotAppliedException("Unknown format of " + fileName);
        }
        ImportProgress result;
        try (InputStream content = exchange.getIn().getBody(InputStream.class)) {
            result = imports.importNow(merchantId, source, format.get(), fileName, content);
        }
        LOG.info(() -> source + " file " + fileName + " of merchant " + merchantId + ": import " + result.id() + " " + result.status());
        if (result.status() == ImportStatus.FAILED || result.status() == ImportStatus.REFUSED) {
            throw new FeedNotAppliedException("Import " + result.id() + " " + result.status() + ": " + (result.message() == null ? "" : result.message().english()));
        }
    }
}
