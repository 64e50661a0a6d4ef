// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.feed;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedImports;
import de.innenstadt.core.feed.FeedSource;
import de.innenstadt.core.feed.ImportProgress;
import de.innenstadt.core.feed.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A drop folder per merchant: {@code <drop-dir>/<merchant slug or id>/<file>}. Each file is imported
 * and then moved into that merchant's {@code done/} folder, or into {@code failed/} when it was
 * refused or unreadable (the import record says why). Files still being written are skipped: write
 * them as {@code .part} or {@code .tmp} and rename, or the route waits until the size stops changing.
 */
@ApplicationScoped
public class DropFolderRoute extends RouteBuilder {

    private static final Logger LOG = Logger.getLogger(DropFolderRoute.class.getName());

    @Inject
    FeedImports imports;

    @Inject
    @ConfigProperty(name = "innenstadt.var-dir", defaultValue = "var")
    String varDir;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.drop-dir")
    Optional<String> dropDirSetting;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.drop-poll-millis", defaultValue = "1000")
    long pollMillis;

    /** A feed that was received but not applied; the file goes to {@code failed/}. */
    static final class FeedNotAppliedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FeedNotAppliedException(String message) {
            super(message);
        }
    }

    Path dropDir() {
        return dropDirSetting.filter(s -> !s.isBlank()).map(Path::of).orElse(Path.of(varDir, "feeds", "drop"))
                .toAbsolutePath().normalize();
    }

    @Override
    public void configure() {
        onException(FeedNotAppliedException.class).handled(false).logStackTrace(false).logExhausted(false);

        fromF("file:%s?recursive=true&minDepth=2&maxDepth=2&autoCreate=true&delay=%d"
                        + "&readLock=changed&readLockCheckInterval=200&readLockMinAge=200"
                        + "&exclude=RAW(.*\\.(part|tmp)$)"
                        + "&move=${file:parent}/done/${date:now:yyyyMMdd-HHmmssSSS}-${file:onlyname}"
                        + "&moveFailed=${file:parent}/failed/${date:now:yyyyMMdd-HHmmssSSS}-${file:onlyname}",
                dropDir(), pollMillis)
                .routeId("feed-drop-folder")
                // the folder names the merchant; the import runs in this thread and its outcome decides done/failed
                .process(this::importFile);
    }

    private void importFile(Exchange exchange) throws Exception {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        String folder = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class)).getFileName().toString();
        long merchantId = imports.findMerchantId(folder)
                .orElseThrow(() -> new FeedNotAppliedException("No merchant " + folder + " for the drop folder file " + fileName));
        Optional<FeedFormat> format = imports.formatOf(merchantId, fileName);
        if (format.isEmpty()) {
            imports.recordFailure(merchantId, FeedSource.DROP_FOLDER, FeedFormat.POS_CSV, fileName,
                    "The format of " + fileName + " is unknown: name the file .csv, .tsv, .xml or .json, or choose a format in the feed settings.");
            throw new FeedNotAppliedException("Unknown format of " + fileName);
        }
        ImportProgress result;
        try (InputStream content = exchange.getIn().getBody(InputStream.class)) {
            result = imports.importNow(merchantId, FeedSource.DROP_FOLDER, format.get(), fileName, content);
        }
        LOG.info(() -> "Drop folder file " + folder + "/" + fileName + ": import " + result.id() + " " + result.status());
        if (result.status() == ImportStatus.FAILED || result.status() == ImportStatus.REFUSED) {
            throw new FeedNotAppliedException("Import " + result.id() + " " + result.status() + ": " + result.message());
        }
    }
}
