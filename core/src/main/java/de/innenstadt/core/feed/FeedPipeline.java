// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.inventory.StockSource;
import de.innenstadt.core.merchant.FeedMode;
import de.innenstadt.core.platform.InLists;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.function.Predicate;
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
 */
public final class FeedPipeline {

    /** The outcome of receiving a feed: the import record and whether it still needs to run. */
    public record Received(long importId, ImportStatus status, String message) {
    }

    private static final Logger LOG = Logger.getLogger(FeedPipeline.class.getName());
    private static final int LOCK_WAIT_SECONDS = 900;
    private static final int PROGRESS_EVERY = 10_000;
    /** Lines per transaction at most: a batch holds its lines and their products and offers in memory. */
    private static final int MAX_BATCH_LINES = 1000;
    /** Initial slots of a {@link StoreKeys} set: feeds name hundreds to tens of thousands of products per store. */
    private static final int SET_CAPACITY = 1024;
    /** Batches without a write commit their checkpoint only this often: an unchanged feed costs no commit per batch. */
    private static final int QUIET_BATCHES_PER_CHECKPOINT = 20;

    private final DataSource dataSource;
    private final Clock clock;
    private final int batchSize;
    private final ThreadFactory threads;

    /** @param threads makes the thread each pass reads the file on (see {@link ReadAhead}) */
    public FeedPipeline(DataSource dataSource, Clock clock, int batchSize, ThreadFactory threads) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.batchSize = Math.min(batchSize, MAX_BATCH_LINES);
        this.threads = threads;
    }

    public static Path spoolFile(Path spoolDir, long importId) {
        return spoolDir.resolve("import-" + importId + ".feed");
    }

    /**
     * Stores a feed durably and records it. A feed identical to the merchant's last successful import
     * is recorded as {@link ImportStatus#DUPLICATE} and not stored; one over the size limit as FAILED.
     *
     * @param mode the mode to import in, or {@code null} for the merchant's setting
     */
    public Received receive(long merchantId, FeedSource source, FeedFormat format, String fileName, FeedMode mode,
            InputStream content, Path spoolDir, long maxBytes) throws IOException, SQLException {
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
            String name = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
            try (Connection c = dataSource.getConnection()) {
                FeedMode effectiveMode = mode != null ? mode : merchantMode(c, merchantId);
                if (size < 0) {
                    long id = insertImport(c, merchantId, source, format, name, null, effectiveMode, ImportStatus.FAILED,
                            "The file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB. Nothing was applied.");
                    return new Received(id, ImportStatus.FAILED, null);
                }
                Optional<Long> unfinished = runningWithHash(c, merchantId, sha256, spoolDir);
                if (unfinished.isPresent()) {
                    return new Received(unfinished.get(), ImportStatus.RUNNING, null);
                }
                Optional<Long> sameAs = lastSuccessWithHash(c, merchantId, sha256);
                if (sameAs.isPresent()) {
                    String message = "Unchanged: the same file as import #" + sameAs.get() + ". Nothing was applied.";
                    long id = insertImport(c, merchantId, source, format, name, sha256, effectiveMode, ImportStatus.DUPLICATE, message);
                    return new Received(id, ImportStatus.DUPLICATE, message);
                }
                long id = insertImport(c, merchantId, source, format, name, sha256, effectiveMode, ImportStatus.RUNNING, null);
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
            Optional<ImportState> first = loadState(c, importId);
            if (first.isEmpty() || first.get().status() != ImportStatus.RUNNING) {
                return first.map(ImportState::status).orElse(ImportStatus.FAILED);
            }
            String lock = "innenstadt-feed-" + first.get().merchantId();
            if (!namedLock(c, "SELECT GET_LOCK(?, " + LOCK_WAIT_SECONDS + ")", lock)) {
                throw new IllegalStateException("Another import of merchant " + first.get().merchantId() + " did not end within "
                        + LOCK_WAIT_SECONDS + " s");
            }
            try {
                ImportState state = loadState(c, importId).orElseThrow();
                if (state.status() != ImportStatus.RUNNING) {
                    return state.status();
                }
                return runLocked(c, state, spoolDir, parsers);
            } finally {
                c.setAutoCommit(true);
                namedLock(c, "SELECT RELEASE_LOCK(?)", lock);
            }
        }
    }

    /** Imports that were running when their instance stopped, oldest first. */
    public List<Long> interruptedImports() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM feed_import WHERE status = 'RUNNING' ORDER BY id")) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private ImportStatus runLocked(Connection c, ImportState state, Path spoolDir, FeedParserLookup parsers) throws SQLException {
        Path file = spoolFile(spoolDir, state.id());
        if (!Files.isRegularFile(file)) {
            return finish(c, state.id(), ImportStatus.FAILED, "The received file is no longer there (" + file.getFileName()
                    + "); nothing more was applied. Please send the feed again.", null);
        }
        Optional<FeedParser> parser = state.format() == FeedFormat.JSON_PUSH ? Optional.of(new JsonPushParser())
                : parsers.find(state.format());
        if (parser.isEmpty()) {
            return finished(c, state.id(), file, ImportStatus.FAILED, "The format " + state.format() + " cannot be read here.");
        }
        MerchantFeed merchant = loadMerchant(c, state.merchantId());
        try {
            if (state.phase() != Phase.APPLYING) {
                Validation validation = validate(c, state, merchant, parser.get(), file);
                if (validation.read() == 0) {
                    return finished(c, state.id(), file, ImportStatus.FAILED, "The feed contains no lines. Nothing was applied.");
                }
                if ((double) validation.rejected() / validation.read() > merchant.threshold()) {
                    return finished(c, state.id(), file, ImportStatus.REFUSED, String.format(java.util.Locale.ROOT,
                            "Refused: %d of %d lines (%.0f %%) were rejected, more than the allowed %.0f %%; nothing was applied."
                                    + " See the rejected rows, correct the export and send it again.",
                            validation.rejected(), validation.read(), 100.0 * validation.rejected() / validation.read(),
                            100.0 * merchant.threshold()));
                }
                state = loadState(c, state.id()).orElseThrow();
            }
            merchant.products().forgetMissing();
            Application application = apply(c, state, merchant, parser.get(), file);
            int zeroed = state.mode() == FeedMode.FULL ? zeroMissing(c, state, merchant, application.seenOffers()) : 0;
            ImportState end = loadState(c, state.id()).orElseThrow();
            String message = end.applied() + " lines applied, " + end.unchanged() + " unchanged, " + end.rejected() + " rejected"
                    + (state.mode() == FeedMode.FULL ? "; " + zeroed + " offers missing from the full feed set to 0." : ".");
            return finished(c, state.id(), file, ImportStatus.SUCCEEDED, message);
        } catch (FeedFormatException e) {
            clearRejections(c, state.id());
            return finished(c, state.id(), file, ImportStatus.FAILED, e.getMessage() + " Nothing was applied.");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + state.id() + " failed", e);
            c.rollback();
            c.setAutoCommit(true);
            ImportState now = loadState(c, state.id()).orElseThrow();
            String applied = now.linesDone() == 0 ? "Nothing was applied." : "The first " + now.linesDone()
                    + " lines were applied; send the feed again to apply the rest.";
            return finished(c, state.id(), file, ImportStatus.FAILED, "The import stopped: " + describe(e) + ". " + applied);
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---------------------------------------------------------------- pass 1

    private record Validation(long read, long rejected) {
    }

    private Validation validate(Connection c, ImportState state, MerchantFeed merchant, FeedParser parser, Path file)
            throws SQLException, IOException, FeedFormatException {
        clearRejections(c, state.id());
        update(c, "UPDATE feed_import SET phase = 'VALIDATING', rows_read = 0, rows_rejected = 0, rows_applied = 0,"
                + " rows_unchanged = 0, lines_done = 0, lines_total = NULL WHERE id = ?", state.id());
        LineRules rules = new LineRules(merchant);
        ValidationSink sink = new ValidationSink(c, state, merchant, rules);
        try {
            ReadAhead.parse(threads, parser, file, merchant.options(), sink);
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        sink.flush();
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET phase = 'APPLYING', rows_read = ?,"
                + " rows_rejected = ?, lines_total = ?, lines_done = 0 WHERE id = ?")) {
            s.setLong(1, sink.events);
            s.setLong(2, sink.rejected);
            s.setLong(3, sink.events);
            s.setLong(4, state.id());
            s.executeUpdate();
        }
        return new Validation(sink.events, sink.rejected);
    }

    /** Pass 1: decides every line without applying; stores rejections as they come. */
    private final class ValidationSink implements FeedSink {
        private final Connection c;
        private final ImportState state;
        private final MerchantFeed merchant;
        private final LineRules rules;
        private final List<Pending> batch = new ArrayList<>();
        private final List<FeedProblem> problems = new ArrayList<>();
        long events;
        long rejected;

        ValidationSink(Connection c, ImportState state, MerchantFeed merchant, LineRules rules) {
            this.c = c;
            this.state = state;
            this.merchant = merchant;
            this.rules = rules;
        }

        @Override
        public void accept(FeedLine line) {
            events++;
            Object checked = rules.check(events, line);
            if (checked instanceof FeedProblem problem) {
                problem(problem);
            } else {
                batch.add((Pending) checked);
                if (batch.size() >= batchSize) {
                    resolveBatch();
                }
            }
            progress();
        }

        @Override
        public void reject(FeedProblem problem) {
            events++;
            problem(problem);
            progress();
        }

        private void problem(FeedProblem problem) {
            rejected++;
            problems.add(problem);
            if (problems.size() >= batchSize) {
                storeProblems();
            }
        }

        private void progress() {
            if (events % PROGRESS_EVERY == 0) {
                try {
                    update(c, "UPDATE feed_import SET rows_read = " + events + " WHERE id = ?", state.id());
                } catch (SQLException e) {
                    throw new UncheckedSqlException(e);
                }
            }
        }

        private void resolveBatch() {
            try {
                Resolution resolution = resolve(c, merchant, batch, FeedPipeline::offerDecidesProblem);
                for (Pending p : batch) {
                    Decision decision = decide(p, resolution, merchant);
                    if (decision.problem() != null) {
                        problem(decision.problem());
                    }
                }
                batch.clear();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        private void storeProblems() {
            try {
                insertProblems(c, state.id(), problems);
                problems.clear();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        void flush() throws SQLException {
            try {
                if (!batch.isEmpty()) {
                    resolveBatch();
                }
                storeProblems();
            } catch (UncheckedSqlException e) {
                throw e.getCause();
            }
        }
    }

    // ---------------------------------------------------------------- pass 2

    /**
     * @param seenOffers the (store, product id) pairs a full feed named, so that the offers it did not name can be
     *     set to 0 afterwards; kept by key rather than offer id, so that offers created by the import need not be
     *     read back
     */
    private record Application(StoreKeys seenOffers) {
    }

    private Application apply(Connection c, ImportState state, MerchantFeed merchant, FeedParser parser, Path file)
            throws SQLException, IOException, FeedFormatException {
        LineRules rules = new LineRules(merchant);
        ApplySink sink = new ApplySink(c, state, merchant, rules, storesWithoutOffers(c, merchant));
        try {
            ReadAhead.parse(threads, parser, file, merchant.options(), sink);
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        sink.flush();
        sink.finish();
        return new Application(sink.seenOffers);
    }

    /** Pass 2: applies lines in batches, skipping what a previous run of this import already committed. */
    private final class ApplySink implements FeedSink {
        private final Connection c;
        private final ImportState state;
        private final MerchantFeed merchant;
        private final LineRules rules;
        private final List<Pending> batch = new ArrayList<>();
        private final StoreKeys seenOffers = new StoreKeys();
        private final Checkpoint pending = new Checkpoint();
        private long events;
        private long batchEndEvent;
        private long lastFlushed;

        /**
         * Stores that had no offer when this pass began. Lines never repeat a (store, product), so the only offers
         * such a store can have are those this pass created for other products: its lines' offers need no reading.
         */
        private final Set<Long> storesWithoutOffers;

        ApplySink(Connection c, ImportState state, MerchantFeed merchant, LineRules rules, Set<Long> storesWithoutOffers) {
            this.c = c;
            this.state = state;
            this.merchant = merchant;
            this.rules = rules;
            this.storesWithoutOffers = storesWithoutOffers;
        }

        @Override
        public void accept(FeedLine line) {
            events++;
            Object checked = rules.check(events, line);
            if (checked instanceof Pending pending && (events > state.linesDone() || state.mode() == FeedMode.FULL)) {
                batch.add(pending);
            }
            endOfEvent();
        }

        @Override
        public void reject(FeedProblem problem) {
            events++;
            endOfEvent();
        }

        private void endOfEvent() {
            batchEndEvent = events;
            if (events == state.linesDone() || events - lastFlushed >= batchSize) {
                flushUnchecked();
            }
        }

        private void flushUnchecked() {
            try {
                flush();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }

        void flush() throws SQLException {
            if (batchEndEvent == lastFlushed) {
                return;
            }
            boolean replay = batchEndEvent <= state.linesDone();
            if (replay) {
                if (!batch.isEmpty()) {
                    Resolution resolution = resolve(c, merchant, batch, p -> false);
                    for (Pending p : batch) {
                        Long productId = resolution.productId(p);
                        if (p.storeId() != 0 && productId != null) {
                            seenOffers.add(p.storeId(), productId);
                        }
                    }
                }
            } else {
                applyBatch(c, state, merchant, batch, batchEndEvent, seenOffers, pending,
                        p -> p.storeId() == 0 || !storesWithoutOffers.contains(p.storeId()));
            }
            batch.clear();
            lastFlushed = batchEndEvent;
        }

        /** Commits the counts of the last quiet batches, which no write carried yet. */
        void finish() throws SQLException {
            if (lastFlushed > state.linesDone()) {
                writeCheckpoint(c, state.id(), lastFlushed, pending);
            }
        }
    }

    /**
     * Numbers (product ids, hashes of product keys) per store. One set per store stays small enough for the
     * processor's cache where one set for a million lines did not, and a feed in store order asks for the same
     * store's set line after line.
     */
    private static final class StoreKeys {
        private final Map<Long, LongHashSet> keysByStore = new HashMap<>();
        private long lastStoreId = -1;
        private LongHashSet lastStoreKeys;

        /** @return true when the store did not have the key yet */
        boolean add(long storeId, long key) {
            if (storeId != lastStoreId) {
                lastStoreKeys = keysByStore.computeIfAbsent(storeId, k -> new LongHashSet(SET_CAPACITY));
                lastStoreId = storeId;
            }
            return lastStoreKeys.add(key);
        }

        boolean contains(long storeId, long key) {
            LongHashSet keys = keysByStore.get(storeId);
            return keys != null && keys.contains(key);
        }
    }

    /** Counts of applied batches whose checkpoint has not been committed yet (they wrote nothing). */
    private static final class Checkpoint {
        long applied;
        long unchanged;
        int quietBatches;
    }

    private static void writeCheckpoint(Connection c, long importId, long endEvent, Checkpoint pending) throws SQLException {
        try (PreparedStatement checkpoint = c.prepareStatement("UPDATE feed_import SET lines_done = ?,"
                + " rows_applied = rows_applied + ?, rows_unchanged = rows_unchanged + ? WHERE id = ?")) {
            checkpoint.setLong(1, endEvent);
            checkpoint.setLong(2, pending.applied);
            checkpoint.setLong(3, pending.unchanged);
            checkpoint.setLong(4, importId);
            checkpoint.executeUpdate();
        }
        pending.applied = 0;
        pending.unchanged = 0;
        pending.quietBatches = 0;
    }

    private void applyBatch(Connection c, ImportState state, MerchantFeed merchant, List<Pending> batch, long endEvent,
            StoreKeys seenOffers, Checkpoint pending, Predicate<Pending> needsOffers) throws SQLException {
        c.setAutoCommit(false);
        try {
            Resolution resolution = resolve(c, merchant, batch, needsOffers);
            Set<String> createdProducts = createProducts(c, merchant, batch, resolution);
            if (!createdProducts.isEmpty()) {
                List<Pending> ofCreated = batch.stream().filter(p -> createdProducts.contains(p.productKey())).toList();
                resolution = resolution.with(resolve(c, merchant, ofCreated, needsOffers));
            }
            Timestamp now = Timestamp.from(Instant.now(clock));
            String source = state.source() == FeedSource.API ? StockSource.API.name() : StockSource.FEED.name();
            Set<Long> changedProducts = new LinkedHashSet<>();
            int applied = 0;
            int unchanged = 0;
            try (PreparedStatement updateOffer = c.prepareStatement("UPDATE offer SET stock_updated_at = CASE WHEN ? THEN ?"
                    + " ELSE stock_updated_at END, quantity = ?, price_cents = ?, currency = ?, source = ?, version = version + 1"
                    + " WHERE id = ?");
                 PreparedStatement insertOffer = c.prepareStatement("INSERT INTO offer (store_id, product_id, sku, price_cents,"
                         + " currency, quantity, held, stock_updated_at, source) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)");
                 PreparedStatement updateProduct = c.prepareStatement("UPDATE product SET title = ?, brand = ?, description = ?,"
                         + " image_url = ?, updated_at = ?, version = version + 1,"
                         + " article_key = COALESCE(?, article_key), article_title = COALESCE(?, article_title),"
                         + " variant_color = CASE WHEN ? IS NULL THEN variant_color ELSE ? END,"
                         + " variant_size = CASE WHEN ? IS NULL THEN variant_size ELSE ? END,"
                         + " content_amount = COALESCE(?, content_amount), content_unit = COALESCE(?, content_unit) WHERE id = ?")) {
                for (Pending p : batch) {
                    Decision d = decide(p, resolution, merchant);
                    if (d.problem() != null) {
                        continue;
                    }
                    boolean changed = false;
                    if (d.productUpdate() != null) {
                        FeedLine.FeedProduct data = d.productUpdate();
                        updateProduct.setString(1, cut(data.title(), 300));
                        updateProduct.setString(2, cut(data.brand(), 120));
                        updateProduct.setString(3, data.description());
                        updateProduct.setString(4, cut(data.imageUrl(), 500));
                        updateProduct.setTimestamp(5, now);
                        ArticleOfLine article = ArticleOfLine.of(merchant.merchantId(), data);
                        updateProduct.setString(6, article.key());
                        updateProduct.setString(7, article.title());
                        updateProduct.setString(8, article.key());
                        updateProduct.setString(9, article.color());
                        updateProduct.setString(10, article.key());
                        updateProduct.setString(11, article.size());
                        bindContent(updateProduct, 12, data.netContent());
                        updateProduct.setLong(14, d.productId());
                        updateProduct.addBatch();
                        merchant.products().forget(p.productKey());
                        changedProducts.add(d.productId());
                        changed = true;
                    }
                    for (OfferChange change : d.offerChanges()) {
                        OfferRow old = change.old();
                        updateOffer.setBoolean(1, change.quantity() != old.quantity());
                        updateOffer.setTimestamp(2, now);
                        updateOffer.setInt(3, change.quantity());
                        updateOffer.setLong(4, change.priceCents());
                        updateOffer.setString(5, change.currency());
                        updateOffer.setString(6, source);
                        updateOffer.setLong(7, old.id());
                        updateOffer.addBatch();
                        changedProducts.add(d.productId());
                        changed = true;
                    }
                    if (d.newOffer()) {
                        insertOffer.setLong(1, p.storeId());
                        insertOffer.setLong(2, d.productId());
                        insertOffer.setString(3, p.line().sku() == null ? null : cut(p.line().sku(), 64));
                        insertOffer.setLong(4, p.line().price().cents());
                        insertOffer.setString(5, p.line().price().currency());
                        insertOffer.setInt(6, p.line().quantity());
                        insertOffer.setTimestamp(7, now);
                        insertOffer.setString(8, source);
                        insertOffer.addBatch();
                        changedProducts.add(d.productId());
                        changed = true;
                    }
                    if (d.newOffer() || d.existingOffer()) {
                        seenOffers.add(p.storeId(), d.productId());
                    }
                    if (changed || createdProducts.contains(p.productKey())) {
                        applied++;
                    } else {
                        unchanged++;
                    }
                }
                updateProduct.executeBatch();
                updateOffer.executeBatch();
                insertOffer.executeBatch();
            }
            announce(c, changedProducts, now);
            pending.applied += applied;
            pending.unchanged += unchanged;
            if (!changedProducts.isEmpty() || ++pending.quietBatches >= QUIET_BATCHES_PER_CHECKPOINT) {
                writeCheckpoint(c, state.id(), endEvent, pending);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Creates the batch's unknown products that carry a title; returns the keys of those created. */
    private static Set<String> createProducts(Connection c, MerchantFeed merchant, List<Pending> batch, Resolution resolution)
            throws SQLException {
        Set<String> created = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO product (gtin, merchant_id, sku, title, brand,"
                + " description, image_url, article_key, article_title, variant_color, variant_size, content_amount,"
                + " content_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Pending p : batch) {
                Decision d = decide(p, resolution, merchant);
                String key = p.productKey();
                if (d.problem() == null && d.created() && created.add(key)) {
                    FeedLine line = p.line();
                    boolean shared = ProductKey.isSharedGtin(line);
                    insert.setString(1, shared ? line.gtin() : null);
                    if (shared) {
                        insert.setNull(2, java.sql.Types.BIGINT);
                        insert.setNull(3, java.sql.Types.VARCHAR);
                    } else {
                        insert.setLong(2, merchant.merchantId());
                        insert.setString(3, cut(line.sku() != null ? line.sku() : line.gtin(), 64));
                    }
                    insert.setString(4, cut(line.product().title(), 300));
                    insert.setString(5, cut(line.product().brand(), 120));
                    insert.setString(6, line.product().description());
                    insert.setString(7, cut(line.product().imageUrl(), 500));
                    ArticleOfLine article = ArticleOfLine.of(merchant.merchantId(), line.product());
                    insert.setString(8, article.key());
                    insert.setString(9, article.title());
                    insert.setString(10, article.color());
                    insert.setString(11, article.size());
                    bindContent(insert, 12, line.product().netContent());
                    insert.addBatch();
                }
            }
            if (!created.isEmpty()) {
                insert.executeBatch();
            }
        }
        return created;
    }

    /**
     * Tells search which products changed, in the batch's transaction. A product that still has an undelivered
     * outbox row gets no second one: locking that row ({@code SKIP LOCKED}) keeps the relay from taking it before
     * this transaction commits, so the relay reads the product afterwards and indexes this change too. A row the
     * relay is delivering right now is locked by the relay and skipped here, and the product gets a new row. A
     * full import in store order changes each product once per store; without this it wrote a row per offer.
     * Rows of products that fall in a range but are not in the batch ({@link IdRanges}) are locked as well, so the
     * relay takes them only after this commit.
     */
    private static void announce(Connection c, Collection<Long> productIds, Timestamp now) throws SQLException {
        if (productIds.isEmpty()) {
            return;
        }
        LongHashSet waiting = new LongHashSet(Integer.highestOneBit(productIds.size()) * 4);
        IdRanges split = IdRanges.of(productIds);
        for (long[] range : split.ranges()) {
            try (PreparedStatement s = c.prepareStatement("SELECT aggregate_id FROM outbox WHERE aggregate = 'PRODUCT'"
                    + " AND aggregate_id BETWEEN ? AND ? FOR UPDATE SKIP LOCKED")) {
                s.setLong(1, range[0]);
                s.setLong(2, range[1]);
                addAll(s, waiting);
            }
        }
        for (List<Long> chunk : InLists.chunks(split.scattered())) {
            try (PreparedStatement s = c.prepareStatement("SELECT aggregate_id FROM outbox WHERE aggregate = 'PRODUCT'"
                    + " AND aggregate_id IN (" + placeholders(chunk.size()) + ") FOR UPDATE SKIP LOCKED")) {
                bind(s, 1, chunk);
                addAll(s, waiting);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (aggregate, aggregate_id, created_at) VALUES ('PRODUCT', ?, ?)")) {
            int rows = 0;
            for (long id : productIds) {
                if (!waiting.contains(id)) {
                    s.setLong(1, id);
                    s.setTimestamp(2, now);
                    s.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                s.executeBatch();
            }
        }
    }

    private static void addAll(PreparedStatement query, LongHashSet ids) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
    }

    private static Set<Long> storesWithoutOffers(Connection c, MerchantFeed merchant) throws SQLException {
        Set<Long> empty = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.id FROM store s WHERE s.merchant_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.store_id = s.id)")) {
            s.setLong(1, merchant.merchantId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    empty.add(rs.getLong(1));
                }
            }
        }
        return empty;
    }

    /** A full feed lists the whole assortment: offers of the merchant's stores it did not name go to 0. */
    private int zeroMissing(Connection c, ImportState state, MerchantFeed merchant, StoreKeys seenOffers) throws SQLException {
        List<long[]> missing = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT o.id, o.product_id, o.store_id FROM offer o JOIN store s"
                + " ON s.id = o.store_id WHERE s.merchant_id = ? AND o.quantity <> 0")) {
            s.setLong(1, merchant.merchantId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!seenOffers.contains(rs.getLong(3), rs.getLong(2))) {
                        missing.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
        }
        String source = state.source() == FeedSource.API ? StockSource.API.name() : StockSource.FEED.name();
        int zeroed = 0;
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<long[]> chunk = missing.subList(from, Math.min(missing.size(), from + batchSize));
            Timestamp now = Timestamp.from(Instant.now(clock));
            c.setAutoCommit(false);
            try {
                Set<Long> products = new LinkedHashSet<>();
                try (PreparedStatement s = c.prepareStatement("UPDATE offer SET quantity = 0, stock_updated_at = ?, source = ?,"
                        + " version = version + 1 WHERE id = ? AND quantity <> 0")) {
                    for (long[] offer : chunk) {
                        s.setTimestamp(1, now);
                        s.setString(2, source);
                        s.setLong(3, offer[0]);
                        s.addBatch();
                        products.add(offer[1]);
                    }
                    s.executeBatch();
                }
                announce(c, products, now);
                try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET offers_zeroed = offers_zeroed + ? WHERE id = ?")) {
                    s.setInt(1, chunk.size());
                    s.setLong(2, state.id());
                    s.executeUpdate();
                }
                c.commit();
                zeroed += chunk.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return zeroed;
    }

    // ---------------------------------------------------------------- deciding lines

    /** A line that passed the line rules, with its store (0 = all stores of the merchant, for catalog lines). */
    private record Pending(long event, FeedLine line, long storeId, String productKey) {
    }

    private record ProductRow(long id, Long merchantId, String title, String brand, String description, String imageUrl,
            String articleKey, String color, String size, NetContent netContent) {
    }

    private record OfferRow(long id, long storeId, long productId, long priceCents, String currency, int quantity) {
    }

    private record OfferChange(OfferRow old, int quantity, long priceCents, String currency) {
    }

    /**
     * What to do with one line: a problem, or product and offer changes (all empty = unchanged).
     *
     * @param existingOffer whether the line's store already has an offer of the product
     */
    private record Decision(FeedProblem problem, long productId, boolean created, FeedLine.FeedProduct productUpdate,
            List<OfferChange> offerChanges, boolean newOffer, boolean existingOffer) {

        static Decision rejected(Pending p, String column, String value, String reason) {
            return new Decision(new FeedProblem(p.line().lineNumber(), column, value, reason), 0, false, null, List.of(), false, false);
        }
    }

    /** Products and offers a batch refers to, read in a few queries. */
    private record Resolution(Map<String, ProductRow> products, Map<Long, List<OfferRow>> offersByProduct) {

        /** This resolution completed by one of other lines (e.g. of the products just created). */
        Resolution with(Resolution more) {
            Map<String, ProductRow> allProducts = new HashMap<>(products);
            allProducts.putAll(more.products());
            Map<Long, List<OfferRow>> allOffers = new HashMap<>(offersByProduct);
            allOffers.putAll(more.offersByProduct());
            return new Resolution(allProducts, allOffers);
        }

        Long productId(Pending line) {
            ProductRow row = products.get(line.productKey());
            return row == null ? null : row.id();
        }

        OfferRow offer(long storeId, Long productId) {
            if (productId == null) {
                return null;
            }
            for (OfferRow offer : offersByProduct.getOrDefault(productId, List.of())) {
                if (offer.storeId() == storeId) {
                    return offer;
                }
            }
            return null;
        }
    }

    /** How a line names its product: a shared GTIN, or the merchant's own number (SKU or in-store GTIN). */
    private static final class ProductKey {
        static boolean isSharedGtin(FeedLine line) {
            if (line.gtin() == null) {
                return false;
            }
            String gtin = line.gtin().strip();
            return Gtin.problemWith(gtin) != null || !Gtin.isInStoreNumber(gtin);
        }

        static String of(FeedLine line) {
            return isSharedGtin(line) ? "g:" + line.gtin() : "s:" + (line.sku() != null ? line.sku() : line.gtin());
        }
    }

    private static Decision decide(Pending p, Resolution resolution, MerchantFeed merchant) {
        FeedLine line = p.line();
        ProductRow product = resolution.products().get(p.productKey());
        String idColumn = line.gtin() != null ? "gtin" : "sku";
        String idValue = line.gtin() != null ? line.gtin() : line.sku();
        boolean hasTitle = line.product() != null && line.product().title() != null && !line.product().title().isBlank();
        if (product == null) {
            if (line.quantity() == null && p.storeId() != 0) {
                return Decision.rejected(p, idColumn, idValue, "Price-only line for a product that is not known: send it with a quantity first.");
            }
            if (!hasTitle) {
                return Decision.rejected(p, idColumn, idValue,
                        "Unknown product: it is not in the catalogue and the line has no title to create it.");
            }
            if (p.storeId() != 0 && line.price() == null) {
                return Decision.rejected(p, "price", null, "A new offer needs a price.");
            }
            return new Decision(null, 0, true, null, List.of(), false, false);
        }
        FeedLine.FeedProduct update = hasTitle && (product.merchantId() == null || product.merchantId() == merchant.merchantId())
                && productDiffers(product, line.product(), merchant.merchantId()) ? line.product() : null;
        List<OfferChange> changes = new ArrayList<>();
        boolean newOffer = false;
        boolean existingOffer = false;
        if (p.storeId() == 0) {
            if (line.price() != null) {
                for (OfferRow offer : resolution.offersByProduct().getOrDefault(product.id(), List.of())) {
                    if (offer.priceCents() != line.price().cents() || !offer.currency().equals(line.price().currency())) {
                        changes.add(new OfferChange(offer, offer.quantity(), line.price().cents(), line.price().currency()));
                    }
                }
            }
        } else {
            OfferRow offer = resolution.offer(p.storeId(), product.id());
            if (offer == null) {
                if (line.quantity() == null) {
                    return Decision.rejected(p, idColumn, idValue,
                            "Price-only line, but this store has no offer of the product yet: send it with a quantity.");
                }
                if (line.price() == null) {
                    return Decision.rejected(p, "price", null, "A new offer needs a price.");
                }
                newOffer = true;
            } else {
                existingOffer = true;
                int quantity = line.quantity() != null ? line.quantity() : offer.quantity();
                long cents = line.price() != null ? line.price().cents() : offer.priceCents();
                String currency = line.price() != null ? line.price().currency() : offer.currency();
                if (quantity != offer.quantity() || cents != offer.priceCents() || !currency.equals(offer.currency())) {
                    changes.add(new OfferChange(offer, quantity, cents, currency));
                }
            }
        }
        return new Decision(null, product.id(), false, update, changes, newOffer, existingOffer);
    }

    private static boolean productDiffers(ProductRow row, FeedLine.FeedProduct data, long merchantId) {
        ArticleOfLine article = ArticleOfLine.of(merchantId, data);
        return !Objects.equals(cut(data.title(), 300), row.title())
                || article.key() != null && (!article.key().equals(row.articleKey())
                        || !Objects.equals(article.color(), row.color()) || !Objects.equals(article.size(), row.size()))
                || data.brand() != null && !Objects.equals(cut(data.brand(), 120), row.brand())
                || data.description() != null && !Objects.equals(data.description(), row.description())
                || data.imageUrl() != null && !Objects.equals(cut(data.imageUrl(), 500), row.imageUrl())
                || data.netContent() != null && !data.netContent().equals(row.netContent());
    }

    /**
     * Whether deciding the line in pass 1 needs its store's offer: only a store line without quantity or price is
     * rejected when the offer does not exist yet, so pass 1 reads no offers for complete stock lines.
     */
    private static boolean offerDecidesProblem(Pending p) {
        return p.storeId() != 0 && (p.line().quantity() == null || p.line().price() == null);
    }

    /**
     * Reads the batch's products, and the offers of the lines {@code needsOffers} selects (in the stores those lines
     * name); lines whose offers were not read look as if their store had no offer of the product yet.
     */
    private static Resolution resolve(Connection c, MerchantFeed merchant, List<Pending> batch, Predicate<Pending> needsOffers)
            throws SQLException {
        Set<String> gtins = new LinkedHashSet<>();
        Set<String> skus = new LinkedHashSet<>();
        Map<String, ProductRow> products = new HashMap<>();
        for (Pending p : batch) {
            String key = p.productKey();
            if (merchant.products().knows(key)) {
                merchant.products().find(key).ifPresent(row -> products.put(key, row));
            } else {
                (key.startsWith("g:") ? gtins : skus).add(key.substring(2));
            }
        }
        String columns = "SELECT id, merchant_id, title, brand, description, image_url, gtin, sku, article_key,"
                + " variant_color, variant_size, content_amount, content_unit FROM product WHERE ";
        for (List<String> chunk : InLists.chunks(gtins)) {
            try (PreparedStatement s = c.prepareStatement(columns + "gtin IN (" + placeholders(chunk.size()) + ")")) {
                bind(s, 1, chunk);
                readProducts(s, products, "g:", 7);
            }
            merchant.products().remember(chunk.stream().map(gtin -> "g:" + gtin).toList(), products);
        }
        for (List<String> chunk : InLists.chunks(skus)) {
            try (PreparedStatement s = c.prepareStatement(columns + "merchant_id = ? AND sku IN (" + placeholders(chunk.size()) + ")")) {
                s.setLong(1, merchant.merchantId());
                bind(s, 2, chunk);
                readProducts(s, products, "s:", 8);
            }
            merchant.products().remember(chunk.stream().map(sku -> "s:" + sku).toList(), products);
        }
        Map<Long, List<OfferRow>> offers = new HashMap<>();
        // only the stores the batch names (a catalog line names them all): a batch of one store's lines then
        // reads its own offers through the (store, product) key instead of every store's offers of its products
        Set<Long> storeIds = new LinkedHashSet<>();
        Set<Long> productIds = new LinkedHashSet<>();
        for (Pending p : batch) {
            ProductRow product = products.get(p.productKey());
            if (product == null || !needsOffers.test(p)) {
                continue;
            }
            productIds.add(product.id());
            if (p.storeId() == 0) {
                storeIds.addAll(merchant.storeIds());
            } else {
                storeIds.add(p.storeId());
            }
        }
        for (List<Long> chunk : storeIds.isEmpty() ? List.<List<Long>>of() : InLists.chunks(productIds)) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, store_id, product_id, price_cents, currency, quantity FROM offer"
                    + " WHERE store_id IN (" + placeholders(storeIds.size()) + ") AND product_id IN ("
                    + placeholders(chunk.size()) + ")")) {
                int i = bind(s, 1, storeIds);
                bind(s, i, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        OfferRow row = new OfferRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6));
                        offers.computeIfAbsent(row.productId(), k -> new ArrayList<>(2)).add(row);
                    }
                }
            }
        }
        return new Resolution(products, offers);
    }

    /** Binds a content to two parameters (amount, unit), both SQL NULL when the line says none. */
    private static void bindContent(PreparedStatement s, int index, NetContent content) throws SQLException {
        if (content == null) {
            s.setNull(index, java.sql.Types.DECIMAL);
            s.setNull(index + 1, java.sql.Types.VARCHAR);
        } else {
            s.setBigDecimal(index, content.amount());
            s.setString(index + 1, content.unit().name());
        }
    }

    private static void readProducts(PreparedStatement s, Map<String, ProductRow> products, String prefix, int keyColumn)
            throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long merchantId = rs.getLong(2);
                // NULL for a shared GTIN product, which every merchant's feed may update (wasNull refers to the last read)
                Long owner = rs.wasNull() ? null : merchantId;
                products.put(prefix + rs.getString(keyColumn), new ProductRow(rs.getLong(1), owner,
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(13) == null ? null
                                : new NetContent(rs.getBigDecimal(12), NetContent.Unit.valueOf(rs.getString(13)))));
            }
        }
    }

    /** The checks that need only the merchant's stores and the lines seen so far: store code and duplicates. */
    private static final class LineRules {
        private final MerchantFeed merchant;
        /** Hashes of the product keys seen so far, per store. */
        private final StoreKeys seenKeys = new StoreKeys();

        LineRules(MerchantFeed merchant) {
            this.merchant = merchant;
        }

        /** @return the line as {@link Pending} with its store (0 for a catalog line meaning all stores), or a {@link FeedProblem} */
        Object check(long event, FeedLine line) {
            long storeId;
            if (line.storeCode() == null || line.storeCode().isBlank()) {
                if (line.quantity() != null && merchant.storeIds().size() != 1) {
                    return new FeedProblem(line.lineNumber(), "storeCode", null,
                            "A stock line needs a store code (this merchant has several stores).");
                }
                storeId = line.quantity() != null ? merchant.storeIds().get(0) : 0;
            } else {
                Long id = merchant.storesByCode().get(line.storeCode().strip());
                if (id == null) {
                    return new FeedProblem(line.lineNumber(), "storeCode", line.storeCode(),
                            "Unknown store code; known codes: " + String.join(", ", merchant.storesByCode().keySet()) + ".");
                }
                storeId = id;
            }
            String productKey = ProductKey.of(line);
            if (!seenKeys.add(storeId, keyHash(productKey))) {
                return new FeedProblem(line.lineNumber(), line.gtin() != null ? "gtin" : "sku",
                        line.gtin() != null ? line.gtin() : line.sku(),
                        "Duplicate line: this store and product appeared in an earlier line; only the first is applied.");
            }
            return new Pending(event, line, storeId, productKey);
        }

        private static long keyHash(String productKey) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < productKey.length(); i++) {
                hash ^= productKey.charAt(i);
                hash *= 0x100000001b3L;
            }
            return hash;
        }
    }

    // ---------------------------------------------------------------- records and settings

    private enum Phase {
        RECEIVED, VALIDATING, APPLYING, DONE
    }

    private record ImportState(long id, long merchantId, FeedSource source, FeedFormat format, FeedMode mode,
            ImportStatus status, Phase phase, long linesDone, long applied, long unchanged, long rejected) {
    }

    /** What the pipeline needs to know about the merchant, read once per import, and the products the import has read. */
    private record MerchantFeed(long merchantId, Map<String, Long> storesByCode, List<Long> storeIds, double threshold,
            FeedParseOptions options, ProductCache products) {
    }

    /**
     * The products this import has read, by product key, so that a feed in store order (each product once per
     * store, a hundred times for a hundred stores) reads each product once instead of once per store. Bounded: the
     * least recently used go first, and rows with long descriptions are not kept. A product someone else changes
     * during the import is compared with what the import read before; a product the import updates is read again.
     * Pass 1 also remembers products that do not exist; pass 2, which creates them, forgets those first
     * ({@link #forgetMissing}).
     */
    private static final class ProductCache {
        private static final int MAX_PRODUCTS = 50_000;
        private static final int MAX_DESCRIPTION = 2_000;
        private static final ProductRow MISSING = new ProductRow(0, null, null, null, null, null, null, null, null, null);

        private final Map<String, ProductRow> rows = new LeastRecentlyUsed(MAX_PRODUCTS);
        private boolean remembersMissing = true;

        boolean knows(String key) {
            return rows.containsKey(key);
        }

        Optional<ProductRow> find(String key) {
            ProductRow row = rows.get(key);
            return row == null || row == MISSING ? Optional.empty() : Optional.of(row);
        }

        /** Remembers what a read of {@code keys} found ({@code found} may hold other keys too). */
        void remember(List<String> keys, Map<String, ProductRow> found) {
            for (String key : keys) {
                ProductRow row = found.get(key);
                if (row == null) {
                    if (remembersMissing) {
                        rows.put(key, MISSING);
                    }
                } else if (row.description() == null || row.description().length() <= MAX_DESCRIPTION) {
                    rows.put(key, row);
                }
            }
        }

        void forget(String key) {
            rows.remove(key);
        }

        void forgetMissing() {
            remembersMissing = false;
            rows.values().removeIf(row -> row == MISSING);
        }
    }

    private static final class LeastRecentlyUsed extends LinkedHashMap<String, ProductRow> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        LeastRecentlyUsed(int capacity) {
            super(1024, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProductRow> eldest) {
            return size() > capacity;
        }
    }

    private static Optional<ImportState> loadState(Connection c, long importId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, merchant_id, source, format, mode, status, phase, lines_done,"
                + " rows_applied, rows_unchanged, rows_rejected FROM feed_import WHERE id = ?")) {
            s.setLong(1, importId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportState(rs.getLong(1), rs.getLong(2), FeedSource.valueOf(rs.getString(3)),
                        FeedFormat.valueOf(rs.getString(4)), FeedMode.valueOf(rs.getString(5)),
                        ImportStatus.valueOf(rs.getString(6)), Phase.valueOf(rs.getString(7)), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11)));
            }
        }
    }

    private static MerchantFeed loadMerchant(Connection c, long merchantId) throws SQLException {
        Map<String, Long> stores = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, id FROM store WHERE merchant_id = ? ORDER BY id")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stores.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        FeedSettings settings = FeedSettings.load(c, merchantId);
        return new MerchantFeed(merchantId, stores, List.copyOf(stores.values()), settings.rejectThreshold(),
                settings.parseOptions(), new ProductCache());
    }

    private static FeedMode merchantMode(Connection c, long merchantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT feed_mode FROM merchant WHERE id = ?")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No merchant " + merchantId);
                }
                return FeedMode.valueOf(rs.getString(1));
            }
        }
    }

    private static Optional<Long> lastSuccessWithHash(Connection c, long merchantId, String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, content_sha256 FROM feed_import WHERE merchant_id = ?"
                + " AND status = 'SUCCEEDED' ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && sha256.equals(rs.getString(2)) ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * An import of the same content that has not ended, e.g. because the process died while running it
     * and a drop folder or SFTP server delivers the file again after the restart: the delivery joins
     * that import instead of starting a second one.
     */
    private static Optional<Long> runningWithHash(Connection c, long merchantId, String sha256, Path spoolDir) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM feed_import WHERE merchant_id = ? AND status = 'RUNNING'"
                + " AND content_sha256 = ? ORDER BY id")) {
            s.setLong(1, merchantId);
            s.setString(2, sha256);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (Files.isRegularFile(spoolFile(spoolDir, rs.getLong(1)))) {
                        return Optional.of(rs.getLong(1));
                    }
                }
                return Optional.empty();
            }
        }
    }

    private long insertImport(Connection c, long merchantId, FeedSource source, FeedFormat format, String fileName,
            String sha256, FeedMode mode, ImportStatus status, String message) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now(clock));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feed_import (merchant_id, source, format, file_name,"
                + " content_sha256, mode, status, phase, started_at, finished_at, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, merchantId);
            s.setString(2, source.name());
            s.setString(3, format.name());
            s.setString(4, fileName);
            s.setString(5, sha256);
            s.setString(6, mode.name());
            s.setString(7, status.name());
            s.setString(8, status == ImportStatus.RUNNING ? Phase.RECEIVED.name() : Phase.DONE.name());
            s.setTimestamp(9, now);
            s.setTimestamp(10, status == ImportStatus.RUNNING ? null : now);
            s.setString(11, message);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private ImportStatus finished(Connection c, long importId, Path file, ImportStatus status, String message) throws SQLException {
        finish(c, importId, status, message, file);
        return status;
    }

    private ImportStatus finish(Connection c, long importId, ImportStatus status, String message, Path file) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE feed_import SET status = ?, phase = 'DONE', message = ?,"
                + " finished_at = ? WHERE id = ?")) {
            s.setString(1, status.name());
            s.setString(2, cut(message, 1000));
            s.setTimestamp(3, Timestamp.from(Instant.now(clock)));
            s.setLong(4, importId);
            s.executeUpdate();
        }
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the spool file " + file, e);
            }
        }
        return status;
    }

    private static void clearRejections(Connection c, long importId) throws SQLException {
        update(c, "DELETE FROM feed_rejected_row WHERE import_id = ?", importId);
    }

    private static void insertProblems(Connection c, long importId, List<FeedProblem> problems) throws SQLException {
        if (problems.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO feed_rejected_row (import_id, line_number, column_name, value,"
                + " reason) VALUES (?, ?, ?, ?, ?)")) {
            for (FeedProblem p : problems) {
                s.setLong(1, importId);
                s.setLong(2, Math.min(p.lineNumber(), Integer.MAX_VALUE));
                s.setString(3, cut(p.column(), 80));
                s.setString(4, cut(p.value(), 500));
                s.setString(5, cut(p.reason() == null ? "Rejected" : p.reason(), 300));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static boolean namedLock(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    private static String placeholders(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    private static int bind(PreparedStatement s, int start, Collection<?> values) throws SQLException {
        int i = start;
        for (Object value : values) {
            s.setObject(i++, value);
        }
        return i;
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Carries an SQL failure out of a parser callback, which may not throw checked exceptions. */
    private static final class UncheckedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
