// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.merchant.FeedMode;
import de.innenstadt.core.merchant.Merchant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of one feed a merchant sent: where from, what format, what happened to its rows. It is
 * the merchant's answer to "did my stock arrive?", so it is written before the first row is applied
 * and updated as batches commit.
 */
@Entity
@Table(name = "feed_import")
public class FeedImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    private String source;

    private String format;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Enumerated(EnumType.STRING)
    private FeedMode mode;

    @Enumerated(EnumType.STRING)
    private ImportStatus status = ImportStatus.RUNNING;

    @Column(name = "rows_read")
    private int rowsRead;

    @Column(name = "rows_applied")
    private int rowsApplied;

    @Column(name = "rows_unchanged")
    private int rowsUnchanged;

    @Column(name = "rows_rejected")
    private int rowsRejected;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String message;

    protected FeedImport() {
    }

    public FeedImport(Merchant merchant, String source, String format, String fileName, String contentSha256,
            FeedMode mode, Instant startedAt) {
        this.merchant = merchant;
        this.source = source;
        this.format = format;
        this.fileName = fileName;
        this.contentSha256 = contentSha256;
        this.mode = mode;
        this.startedAt = startedAt;
    }

    public void count(int read, int applied, int unchanged, int rejected) {
        rowsRead += read;
        rowsApplied += applied;
        rowsUnchanged += unchanged;
        rowsRejected += rejected;
    }

    public void finish(ImportStatus outcome, String message, Instant now) {
        if (outcome == ImportStatus.RUNNING) {
            throw new IllegalArgumentException("An import finishes with an outcome, not RUNNING");
        }
        this.status = outcome;
        this.message = message;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Merchant getMerchant() {
        return merchant;
    }

    public String getSource() {
        return source;
    }

    public String getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public FeedMode getMode() {
        return mode;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsApplied() {
        return rowsApplied;
    }

    public int getRowsUnchanged() {
        return rowsUnchanged;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Duration> findDuration() {
        return Optional.ofNullable(finishedAt).map(end -> Duration.between(startedAt, end));
    }

    public String getMessage() {
        return message;
    }
}
