// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.FeedText.Code;
import de.innenstadt.core.merchant.FeedMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The import pipeline, in plain JDBC so that a million lines fit the speed target and a 512 MB heap,
 * and so that it runs in a plain JVM for the benchmark as well as in the application.
 *
 * <p>A feed is first stored (spool file plus import record), so nothing received is lost when the
 * process dies. Pass 1 parses the whole file and decides every line (parser problems, unknown store,
 * duplicate line, unknown product, an offer that cannot be created) without writing anything but the
 * rejections; a file that cannot be read or whose rejected share passes the merchant's threshold is
 * refused before anything is applied. Pass 2 reads the file again and applies it in batches, each in
 * one transaction together with its outbox rows and the import's checkpoint, writing only rows whose
 * values change. After a crash the import continues after its last committed batch. Quantities are
 * replaced, {@code held} is never touched (see docs/reservations.md).
 *
 * <p>This class receives a feed and runs the steps in order; each step is a class of its own:
 * {@link ValidationPass} (pass 1: {@link LineRules}, {@link BatchLookup}, {@link LineDecision}), {@link ApplyPass}
 * (pass 2: the same, then {@link BatchWriter}, {@link ProductAnnouncements}, {@link Checkpoint}),
 * {@link FullFeedZeroing}, and {@link ImportRecords} for the import's own records. ADR 0014 says why it is JDBC.
 */
public final class FeedPipeline {

    /** The outcome of receiving a feed: the import record and whether it still needs to run. */
    public record Received(long importId, ImportStatus status, FeedText message) {
    }

    private static final Logger LOG = Logger.getLogger(FeedPipeline.class.getName());
    private static final int LOCK_WAIT_SECONDS = 900;
    /** Lines per transaction at most: a batch holds its lines and their products and offers in memory. */
    private static final int MAX_BATCH_LINES = 1000;

    private final DataSource dataSource;
    private final Clock clock;
    private final int batchSize;
    private final ThreadFactory threads;
    private final ImportRecords records;

    /** @param threads makes the thread each pass reads the file on (see {@link ReadAhead}) */
    public FeedPipeline(DataSource dataSource, Clock clock, int batchSize, ThreadFactory threads) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.batchSize = Math.min(batchSize, MAX_BATCH_LINES);
        this.threads = threads;
        this.records = new ImportRecords(clock);
    }

    public static Path spoolFile(Path spoolDir, long importId) {
        return spoolDir.resolve("import-" + importId + ".feed");
    }

    /**
     * Stores a feed durably and records it. A feed identical to the merchant's last successful import
     * is recorded as {@link ImportStatus#DUPLICATE} and not stored; one over the size limit as FAILED.
     *
     * @param mode the mode to import in, or {@code null} for the merchant's setting
     * @param storeId the merchant's store the file is for (its lines without a store code), or {@code null}
     */
    public Received receive(long merchantId, FeedSource source, FeedFormat format, String fileName, FeedMode mode,
            Long storeId, InputStream content, Path spoolDir, long maxBytes) throws IOException, SQLException {
        Files.createDirectories(spoolDir);
        Path incoming = Files.createTempFile(spoolDir, "incoming-", ".part");
        try {
            String sha256;
            long size;
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                size = copy(content, incoming, digest, maxBytes);
                sha256 = HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
            String name = Sql.cut(fileName, 255);
            try (Connection c = dataSource.getConnection()) {
                FeedMode effectiveMode = mode != null ? mode : MerchantFeed.mode(c, merchantId);
                if (size < 0) {
                    long id = records.insert(c, merchantId, storeId, source, format, name, null, effectiveMode, ImportStatus.FAILED,
                            FeedText.of(Code.IMPORT_TOO_LARGE, maxBytes / (1024 * 1024)));
                    return new Received(id, ImportStatus.FAILED, null);
                }
                Optional<Long> unfinished = ImportRecords.runningWithHash(c, merchantId, sha256, storeId, spoolDir);
                if (unfinished.isPresent()) {
                    return new Received(unfinished.get(), ImportStatus.RUNNING, null);
                }
                Optional<Long> sameAs = ImportRecords.lastSuccessWithHash(c, merchantId, sha256, storeId);
                if (sameAs.isPresent()) {
                    FeedText message = FeedText.of(Code.IMPORT_SAME_FILE, sameAs.get());
                    long id = records.insert(c, merchantId, storeId, source, format, name, sha256, effectiveMode, ImportStatus.DUPLICATE,
                            message);
                    return new Received(id, ImportStatus.DUPLICATE, message);
                }
                long id = records.insert(c, merchantId, storeId, source, format, name, sha256, effectiveMode, ImportStatus.RUNNING, null);
                Files.move(incoming, spoolFile(spoolDir, id), StandardCopyOption.ATOMIC_MOVE);
                return new Received(id, ImportStatus.RUNNING, null);
            }
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /** Copies at most {@code maxBytes}; returns the size, or -1 when the content is longer. */
    private static long copy(InputStream content, Path target, MessageDigest digest, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = content.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    return -1;
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    /**
     * Runs (or resumes) an import to its end. Imports of one merchant run one after another across all
     * instances (a database named lock), so two feeds never interleave their batches.
     *
     * @return the final status
     */
    public ImportStatus run(long importId, Path spoolDir, FeedParserLookup parsers) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Optional<ImportState> first = ImportRecords.load(c, importId);
            if (first.isEmpty() || first.get().status() != ImportStatus.RUNNING) {
                return first.map(ImportState::status).orElse(ImportStatus.FAILED);
            }
            String lock = "innenstadt-feed-" + first.get().merchantId();
            if (!ImportRecords.namedLock(c, "SELECT GET_LOCK(?, " + LOCK_WAIT_SECONDS + ")", lock)) {
                throw new IllegalStateException("Another import of merchant " + first.get().merchantId() + " did not end within "
                        + LOCK_WAIT_SECONDS + " s");
            }
            try {
                ImportState state = ImportRecords.load(c, importId).orElseThrow();
                if (state.status() != ImportStatus.RUNNING) {
                    return state.status();
                }
                return runLocked(c, state, spoolDir, parsers);
            } finally {
                c.setAutoCommit(true);
                ImportRecords.namedLock(c, "SELECT RELEASE_LOCK(?)", lock);
            }
        }
    }

    /** Imports that were running when their instance stopped, oldest first. */
    public List<Long> interruptedImports() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return ImportRecords.running(c);
        }
    }

    private ImportStatus runLocked(Connection c, ImportState state, Path spoolDir, FeedParserLookup parsers) throws SQLException {
        Path file = spoolFile(spoolDir, state.id());
        if (!Files.isRegularFile(file)) {
            return records.finish(c, state.id(), null, ImportStatus.FAILED,
                    FeedText.of(Code.IMPORT_FILE_GONE, file.getFileName()));
        }
        Optional<FeedParser> parser = state.format() == FeedFormat.JSON_PUSH ? Optional.of(new JsonPushParser())
                : parsers.find(state.format());
        if (parser.isEmpty()) {
            return records.finish(c, state.id(), file, ImportStatus.FAILED, FeedText.of(Code.IMPORT_FORMAT_UNKNOWN, state.format()));
        }
        MerchantFeed merchant = MerchantFeed.load(c, state.merchantId()).forFileOf(state.storeId());
        try {
            if (state.phase() != ImportState.Phase.APPLYING) {
                ValidationPass.Outcome validation = ValidationPass.run(c, state, merchant, parser.get(), file, threads, batchSize);
                if (validation.read() == 0) {
                    return records.finish(c, state.id(), file, ImportStatus.FAILED, FeedText.of(Code.IMPORT_NO_LINES));
                }
                if (merchant.refuses(validation.read(), validation.rejected())) {
                    return records.finish(c, state.id(), file, ImportStatus.REFUSED, FeedText.of(Code.IMPORT_REFUSED,
                            validation.rejected(), validation.read(), Math.round(100.0 * validation.rejected() / validation.read()),
                            Math.round(100.0 * merchant.threshold())));
                }
                state = ImportRecords.load(c, state.id()).orElseThrow();
            }
            merchant.products().forgetMissing();
            StoreKeys seenOffers = ApplyPass.run(c, state, merchant, parser.get(), file, threads, clock, batchSize);
            int zeroed = state.mode() == FeedMode.FULL
                    ? FullFeedZeroing.zeroMissing(c, state, seenOffers, clock, batchSize) : 0;
            ImportState end = ImportRecords.load(c, state.id()).orElseThrow();
            FeedText message = state.mode() == FeedMode.FULL
                    ? FeedText.of(Code.IMPORT_DONE_FULL, end.applied(), end.unchanged(), end.rejected(), zeroed)
                    : FeedText.of(Code.IMPORT_DONE, end.applied(), end.unchanged(), end.rejected());
            return records.finish(c, state.id(), file, ImportStatus.SUCCEEDED, message);
        } catch (FeedFormatException e) {
            ImportRecords.clearRejections(c, state.id());
            return records.finish(c, state.id(), file, ImportStatus.FAILED, FeedText.nothingApplied(e.text()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + state.id() + " failed", e);
            c.rollback();
            c.setAutoCommit(true);
            ImportState now = ImportRecords.load(c, state.id()).orElseThrow();
            return records.finish(c, state.id(), file, ImportStatus.FAILED, now.linesDone() == 0
                    ? FeedText.of(Code.IMPORT_STOPPED, describe(e))
                    : FeedText.of(Code.IMPORT_STOPPED_PARTLY, describe(e), now.linesDone()));
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
