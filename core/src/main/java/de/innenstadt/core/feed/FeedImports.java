// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.inventory.ImageFetches;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.ClusterLease;
import de.innenstadt.core.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every way a feed arrives (upload, drop folder, SFTP, push API) ends here: the feed is stored, recorded
 * and run through the {@link FeedPipeline}. Also the merchant's feed settings and the preview of a file;
 * what merchants see of their imports is {@link FeedHistory}.
 */
@ApplicationScoped
public class FeedImports {

    private static final Logger LOG = Logger.getLogger(FeedImports.class.getName());

    @Resource(lookup = "java:app/jdbc/innenstadt-direct")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    /** Threads that read a feed while the import decides and writes its lines; not a pool, so no import waits for one. */
    @Resource
    private ManagedThreadFactory threadFactory;

    @Inject
    @Any
    private Instance<FeedParserLookup> parserLookups;

    @Inject
    private ClusterLease lease;

    @Inject
    private ImageFetches imageFetches;

    @Inject
    private FeedHistory history;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "innenstadt.var-dir", defaultValue = "var")
    private String varDir;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.spool-dir")
    private Optional<String> spoolDirSetting;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.max-megabytes", defaultValue = "256")
    private long maxMegabytes;

    @Inject
    @ConfigProperty(name = "innenstadt.feeds.batch-size", defaultValue = "1000")
    private int batchSize;

    /** The largest feed file taken ({@code innenstadt.feeds.max-megabytes}); an upload can be refused by it before it is read. */
    public long maxFileBytes() {
        return maxMegabytes * 1024 * 1024;
    }

    /** Where received feeds wait until their import has ended. */
    public Path spoolDir() {
        return spoolDirSetting.filter(s -> !s.isBlank()).map(Path::of)
                .orElse(Path.of(varDir, "feeds", "spool")).toAbsolutePath().normalize();
    }

    /** Stores and records a feed that names its stores; the import still has to be {@link #run}. */
    public FeedPipeline.Received receive(long merchantId, FeedSource source, FeedFormat format, String fileName,
            InputStream content) {
        return receive(merchantId, null, source, format, fileName, content);
    }

    private FeedPipeline.Received receive(long merchantId, Long storeId, FeedSource source, FeedFormat format, String fileName,
            InputStream content) {
        try {
            return pipeline().receive(merchantId, source, format, fileName, source == FeedSource.API
                    ? de.innenstadt.core.merchant.FeedMode.DELTA : null, storeId, content, spoolDir(), maxMegabytes * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("The feed could not be stored in " + spoolDir(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The feed could not be recorded", e);
        }
    }

    /** Runs (or resumes) an import to its end in the calling thread; a successful one queues its pictures to fetch. */
    public ImportStatus run(long importId) {
        try {
            ImportStatus status = pipeline().run(importId, spoolDir(), this::findParser);
            if (status == ImportStatus.SUCCEEDED) {
                imageFetches.queueForImport(importId);
            }
            return status;
        } catch (SQLException e) {
            throw new IllegalStateException("Import " + importId + " was interrupted; it is resumed on the next start", e);
        }
    }

    /** Receives and runs in the calling thread, for transports that wait for the outcome (drop folder, SFTP, push). */
    public ImportProgress importNow(long merchantId, FeedSource source, FeedFormat format, String fileName, InputStream content) {
        FeedPipeline.Received received = receive(merchantId, source, format, fileName, content);
        if (received.status() == ImportStatus.RUNNING) {
            run(received.importId());
        }
        return history.findImport(received.importId()).orElseThrow();
    }

    /**
     * A portal upload: received now, applied in the background while the page shows the progress.
     *
     * @param storeId the merchant's store the file is for (a till export without a store column), or {@code null}
     * @throws NotFoundException for a store that is not the merchant's
     */
    public long upload(Actor actor, FeedFormat format, String fileName, Long storeId, InputStream content) {
        long merchantId = merchantOwning(actor, storeId);
        FeedPipeline.Received received = receive(merchantId, storeId, FeedSource.UPLOAD, format, fileName, content);
        if (received.status() == ImportStatus.RUNNING) {
            executor.submit(() -> runLogged(received.importId()));
        }
        return received.importId();
    }

    /**
     * Picks up imports that were running when an instance stopped (a crash, {@code kill -9}): each
     * continues after its last committed batch. One instance does it at a time.
     */
    public void resumeInterrupted() {
        lease.runIfFree("innenstadt-feed-recovery", () -> {
            try {
                for (long id : pipeline().interruptedImports()) {
                    LOG.info(() -> "Resuming feed import " + id);
                    runLogged(id);
                }
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not look for interrupted feed imports", e);
            }
        });
    }

    private void runLogged(long importId) {
        try {
            ImportStatus status = run(importId);
            LOG.fine(() -> "Feed import " + importId + " ended " + status);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Feed import " + importId + " stopped", e);
        }
    }

    public Optional<FeedParser> findParser(FeedFormat format) {
        if (format == FeedFormat.JSON_PUSH) {
            return Optional.of(new JsonPushParser());
        }
        for (FeedParserLookup lookup : parserLookups) {
            Optional<FeedParser> parser = lookup.find(format);
            if (parser.isPresent()) {
                return parser;
            }
        }
        return Optional.empty();
    }

    /**
     * The format of a file that arrived without one (drop folder, SFTP): the merchant's setting, else
     * guessed from the file name's ending.
     */
    public Optional<FeedFormat> formatOf(long merchantId, String fileName) {
        Optional<FeedFormat> configured = Optional.ofNullable(settings(merchantId).format());
        if (configured.isPresent()) {
            return configured;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|zip)$", "");
        if (name.endsWith(".csv")) {
            return Optional.of(FeedFormat.POS_CSV);
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return Optional.of(FeedFormat.GOOGLE_LOCAL_INVENTORY_TSV);
        }
        if (name.endsWith(".json")) {
            return Optional.of(FeedFormat.JSON_PUSH);
        }
        if (name.endsWith(".xml")) {
            return Optional.of(name.contains("bmecat") ? FeedFormat.BMECAT : FeedFormat.GOOGLE_LOCAL_INVENTORY_XML);
        }
        return Optional.empty();
    }

    /** A merchant named by its slug or id, as drop folders and SFTP settings name them. */
    public Optional<Long> findMerchantId(String slugOrId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM merchant WHERE slug = ? OR CAST(id AS CHAR) = ?")) {
            s.setString(1, slugOrId);
            s.setString(2, slugOrId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up merchant " + slugOrId, e);
        }
    }

    /** Records a feed that could not even be received (unknown format, no such merchant folder) as FAILED. */
    public long recordFailure(long merchantId, FeedSource source, FeedFormat format, String fileName, FeedText message) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO feed_import (merchant_id, source, format, file_name, mode, status,"
                     + " phase, started_at, finished_at, message, message_code, message_details) SELECT id, ?, ?, ?, feed_mode, 'FAILED',"
                     + " 'DONE', ?, ?, ?, ?, ? FROM merchant"
                     + " WHERE id = ?", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            Timestamp now = Timestamp.from(Instant.now(clock));
            s.setString(1, source.name());
            s.setString(2, format.name());
            s.setString(3, Sql.cut(fileName, 255));
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            ImportRecords.setText(s, 6, message, 1000);
            s.setLong(9, merchantId);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the failed feed " + fileName, e);
        }
    }

    /** The enabled SFTP servers to poll, one per merchant at most. */
    public List<SftpSource> sftpSources() {
        List<SftpSource> sources = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT merchant_id, host, port, remote_path, username, password, poll_seconds"
                     + " FROM feed_sftp_source WHERE enabled ORDER BY merchant_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                sources.add(new SftpSource(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the SFTP feed sources", e);
        }
        return sources;
    }

    /**
     * Reads a file without applying anything: the first lines as understood and the first problems, decided by the
     * rules the import applies (see {@link PreviewPass}).
     */
    public ImportPreview preview(Actor actor, FeedFormat format, Long storeId, InputStream content, int maxLines) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        Optional<FeedParser> parser = findParser(format);
        if (parser.isEmpty()) {
            return new ImportPreview(List.of(), List.of(), 0, 0, 0, FeedText.of(FeedText.Code.IMPORT_FORMAT_UNKNOWN, format));
        }
        try (Connection c = dataSource.getConnection()) {
            return PreviewPass.run(c, MerchantFeed.load(c, merchantId).forFileOf(storeId), parser.get(), content, maxLines);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot preview a feed of merchant " + merchantId, e);
        }
    }

    /** The actor's merchant, when {@code storeId} is {@code null} or one of its stores. */
    private long merchantOwning(Actor actor, Long storeId) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        if (storeId != null) {
            try (Connection c = dataSource.getConnection()) {
                MerchantFeed.load(c, merchantId).forFileOf(storeId);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot look up store " + storeId, e);
            }
        }
        return merchantId;
    }

    public FeedSettings settings(Actor actor) {
        return settings(actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant")));
    }

    public FeedSettings settings(long merchantId) {
        try (Connection c = dataSource.getConnection()) {
            return FeedSettings.load(c, merchantId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the feed settings of merchant " + merchantId, e);
        }
    }

    public void saveSettings(Actor actor, FeedSettings settings) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            settings.save(c, merchantId);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the feed settings of merchant " + merchantId, e);
        }
    }

    private FeedPipeline pipeline() {
        return new FeedPipeline(dataSource, clock, batchSize, threadFactory);
    }
}
