// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.feed;

import de.innenstadt.core.feed.FeedImports;
import de.innenstadt.core.feed.FeedSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A drop folder per merchant: {@code <drop-dir>/<merchant slug or id>/<file>}. Each file is imported
 * and then moved into that merchant's {@code done/} folder, or into {@code failed/} when it was
 * refused or unreadable (the import record says why). Files still being written are skipped: write
 * them as {@code .part} or {@code .tmp} and rename, or the route waits until the size stops changing.
 * Symbolic links are refused unread.
 */
@ApplicationScoped
public class DropFolderRoute extends RouteBuilder {

    @Inject
    FeedImports imports;

    @Inject
    FeedFiles files;

    @Inject
    @ConfigProperty(name = "innenstadt.var-dir", defaultValue = "var")
    String varDir;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.drop-dir")
    Optional<String> dropDirSetting;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.drop-poll-millis", defaultValue = "1000")
    long pollMillis;

    Path dropDir() {
        return dropDirSetting.filter(s -> !s.isBlank()).map(Path::of).orElse(Path.of(varDir, "feeds", "drop"))
                .toAbsolutePath().normalize();
    }

    /**
     * A symbolic link, or a file whose real place is outside the drop folder (a linked merchant folder),
     * is refused before anything reads it: the import would otherwise read any file the server can,
     * and its values would come back in the rejected-rows CSV. The link moves to {@code failed/}.
     */
    void refuseLinksOutOfTheDropFolder(Path file) throws IOException {
        if (Files.isSymbolicLink(file) || Files.isSymbolicLink(file.getParent())
                || !file.toRealPath().startsWith(dropDir().toRealPath())) {
            throw new FeedFiles.FeedNotAppliedException("Refused " + file.getFileName()
                    + ": symbolic links and files outside the drop folder are not imported");
        }
    }

    @Override
    public void configure() {
        onException(FeedFiles.FeedNotAppliedException.class).handled(false).logStackTrace(false).logExhausted(false);

        fromF("file:%s?recursive=true&minDepth=2&maxDepth=2&autoCreate=true&delay=%d"
                        + "&readLock=changed&readLockCheckInterval=200&readLockMinAge=200&readLockMinLength=0"
                        + "&exclude=RAW(.*\\.(part|tmp)$)"
                        + "&move=${file:parent}/done/${date:now:yyyyMMdd-HHmmssSSS}-${file:onlyname}"
                        + "&moveFailed=${file:parent}/failed/${date:now:yyyyMMdd-HHmmssSSS}-${file:onlyname}",
                dropDir(), pollMillis)
                .routeId("feed-drop-folder")
                // the folder names the merchant; the import runs in this thread and its outcome decides done/failed
                .process(this::importFile);
    }

    private void importFile(Exchange exchange) throws Exception {
        refuseLinksOutOfTheDropFolder(Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class)));
        String folder = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class)).getFileName().toString();
        long merchantId = imports.findMerchantId(folder).orElseThrow(() -> new FeedFiles.FeedNotAppliedException(
                "No merchant " + folder + " for the drop folder file " + exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY)));
        files.importFile(exchange, merchantId, FeedSource.DROP_FOLDER);
    }
}
