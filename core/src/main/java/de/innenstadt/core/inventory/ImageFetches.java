// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.ImageRefusal;
import de.innenstadt.core.catalog.PreparedPicture;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Outbox;
import de.innenstadt.core.platform.OutboxEntry.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue of pictures to fetch (table {@code image_fetch}) and what became of each. A feed import that
 * ends queues the outside picture addresses of the merchant's products that are not stored yet; the
 * portal queues the address typed for a new product. Rows are claimed with {@code SKIP LOCKED}, so every
 * instance may fetch at once, and a claim left by a stopped instance is taken again after ten minutes.
 * Each outcome stays on the row with the import that asked for it: the merchant reads it on the feed page.
 */
@ApplicationScoped
@Transactional
public class ImageFetches {

    /** Passing failures (no connection, HTTP 503) are tried this often in all, with growing pauses. */
    static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    private static final Duration CLAIM_LIFETIME = Duration.ofMinutes(10);

    /** A picture to fetch now. */
    public record Claim(long productId, String sourceUrl, int attempt) {
    }

    /** What became of the pictures an import asked for. */
    public record ImportPictures(int stored, int waiting, int refused) {
    }

    /** A picture that was not stored (or not yet): the product, the address and why. */
    public record RefusedPicture(long importId, String productTitle, String gtin, String sourceUrl, ImageRefusal refusal,
            String detail, boolean tryingAgain) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private ProductImages images;

    @Inject
    private Clock clock;

    /** Queues the address typed in the portal for a new product. */
    public void queue(long productId, String sourceUrl) {
        em.createNativeQuery("INSERT INTO image_fetch (product_id, source_url, state, due_at) VALUES (?1, ?2, 'QUEUED', ?3)"
                        + " ON DUPLICATE KEY UPDATE source_url = VALUES(source_url), feed_import_id = NULL, state = 'QUEUED',"
                        + " refusal = NULL, detail = NULL, attempts = 0, due_at = VALUES(due_at), claimed_at = NULL, finished_at = NULL")
                .setParameter(1, productId).setParameter(2, sourceUrl).setParameter(3, now())
                .executeUpdate();
    }

    /**
     * Queues, for an import that ended, each product the merchant sells whose outside picture address is
     * neither stored nor asked for already (compared byte for byte: paths are case-sensitive). An unchanged
     * feed queues nothing; a changed address is fetched again and replaces the stored picture once it passes.
     *
     * @return how many were queued
     */
    public int queueForImport(long importId) {
        return em.createNativeQuery("INSERT INTO image_fetch (product_id, source_url, feed_import_id, state, due_at)"
                        + " SELECT DISTINCT p.id, p.image_url, fi.id, 'QUEUED', ?2 FROM feed_import fi"
                        + " JOIN store s ON s.merchant_id = fi.merchant_id JOIN offer o ON o.store_id = s.id"
                        + " JOIN product p ON p.id = o.product_id LEFT JOIN image_fetch f ON f.product_id = p.id"
                        + " WHERE fi.id = ?1 AND (p.image_url LIKE 'http://%' OR p.image_url LIKE 'https://%')"
                        + " AND (f.product_id IS NULL OR BINARY f.source_url <> BINARY p.image_url)"
                        + " AND NOT EXISTS (SELECT 1 FROM product_image i WHERE i.product_id = p.id"
                        + " AND BINARY i.source_url = BINARY p.image_url)"
                        + " ON DUPLICATE KEY UPDATE source_url = VALUES(source_url), feed_import_id = VALUES(feed_import_id),"
                        + " state = 'QUEUED', refusal = NULL, detail = NULL, attempts = 0, due_at = VALUES(due_at),"
                        + " claimed_at = NULL, finished_at = NULL")
                .setParameter(1, importId).setParameter(2, now())
                .executeUpdate();
    }

    /** Claims up to {@code limit} due pictures for the calling instance, oldest first. */
    public List<Claim> claimDue(int limit) {
        Timestamp now = now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT product_id, source_url, attempts FROM image_fetch"
                        + " WHERE state = 'QUEUED' AND due_at <= ?1 OR state = 'FETCHING' AND claimed_at < ?2"
                        + " ORDER BY due_at LIMIT ?3 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, Timestamp.from(now.toInstant().minus(CLAIM_LIFETIME)))
                .setParameter(3, limit)
                .getResultList();
        List<Claim> claims = new ArrayList<>();
        for (Object[] row : rows) {
            long productId = ((Number) row[0]).longValue();
            em.createNativeQuery("UPDATE image_fetch SET state = 'FETCHING', claimed_at = ?1, attempts = attempts + 1"
                    + " WHERE product_id = ?2").setParameter(1, now).setParameter(2, productId).executeUpdate();
            claims.add(new Claim(productId, (String) row[1], ((Number) row[2]).intValue() + 1));
        }
        return claims;
    }

    /**
     * Stores a fetched picture as the product's and tells search, unless another address was queued for the
     * product while this one was fetched (that one wins) or the product is gone.
     */
    public void stored(Claim claim, PreparedPicture picture) {
        if (!stillAsked(claim)) {
            return;
        }
        images.store(claim.productId(), picture, claim.sourceUrl());
        em.createNativeQuery("UPDATE image_fetch SET state = 'STORED', refusal = NULL, detail = NULL, finished_at = ?1"
                + " WHERE product_id = ?2").setParameter(1, now()).setParameter(2, claim.productId()).executeUpdate();
        outbox.announce(Aggregate.PRODUCT, claim.productId());
    }

    /**
     * Records why a picture was not stored. A passing failure is tried again later, up to {@link #MAX_ATTEMPTS}
     * times in all; the reason shows meanwhile.
     */
    public void refused(Claim claim, ImageRefusal refusal, String detail, boolean passing) {
        if (!stillAsked(claim)) {
            return;
        }
        boolean again = passing && claim.attempt() < MAX_ATTEMPTS;
        Instant now = Instant.now(clock);
        Instant due = now.plus(FIRST_RETRY.multipliedBy(1L << (claim.attempt() - 1)));
        em.createNativeQuery("UPDATE image_fetch SET state = ?1, refusal = ?2, detail = ?3, due_at = ?4, claimed_at = NULL,"
                        + " finished_at = ?5 WHERE product_id = ?6")
                .setParameter(1, again ? "QUEUED" : "REFUSED")
                .setParameter(2, refusal.name())
                .setParameter(3, detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail)
                .setParameter(4, Timestamp.from(again ? due : now))
                .setParameter(5, again ? null : Timestamp.from(now))
                .setParameter(6, claim.productId())
                .executeUpdate();
    }

    private boolean stillAsked(Claim claim) {
        @SuppressWarnings("unchecked")
        List<String> asked = em.createNativeQuery("SELECT source_url FROM image_fetch WHERE product_id = ?1 FOR UPDATE")
                .setParameter(1, claim.productId()).getResultList();
        return asked.size() == 1 && asked.get(0).equals(claim.sourceUrl());
    }

    /**
     * For each of the caller's latest {@code imports} imports, what became of the pictures it asked for (the feed page's
     * history shows as many); imports that asked for none are absent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ImportPictures> picturesOfRecentImports(Actor actor, int imports) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.feed_import_id, SUM(f.state = 'STORED'),"
                        + " SUM(f.state IN ('QUEUED', 'FETCHING')), SUM(f.state = 'REFUSED') FROM image_fetch f"
                        + " JOIN (SELECT id FROM feed_import WHERE merchant_id = ?1 ORDER BY id DESC LIMIT ?2) recent"
                        + " ON recent.id = f.feed_import_id GROUP BY f.feed_import_id")
                .setParameter(1, merchantId).setParameter(2, imports).getResultList();
        Map<Long, ImportPictures> pictures = new HashMap<>();
        for (Object[] row : rows) {
            pictures.put(((Number) row[0]).longValue(), new ImportPictures(((Number) row[1]).intValue(),
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
        }
        return pictures;
    }

    /** The caller's pictures that were refused or failed so far, newest import first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RefusedPicture> refusedPictures(Actor actor, int limit) {
        long merchantId = actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.feed_import_id, p.title, p.gtin, f.source_url, f.refusal, f.detail,"
                        + " f.state FROM image_fetch f JOIN feed_import fi ON fi.id = f.feed_import_id"
                        + " JOIN product p ON p.id = f.product_id WHERE fi.merchant_id = ?1 AND f.refusal IS NOT NULL"
                        + " ORDER BY f.feed_import_id DESC, p.title LIMIT ?2")
                .setParameter(1, merchantId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new RefusedPicture(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ImageRefusal.valueOf((String) r[4]), (String) r[5], !"REFUSED".equals(r[6]))).toList();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
