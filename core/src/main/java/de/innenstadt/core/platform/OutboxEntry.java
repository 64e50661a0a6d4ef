// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note that something shoppers search for changed, written in the same transaction as the change.
 *
 * <p>The search index is derived data. Writing to it directly from a service (a dual write) loses
 * the update whenever Elasticsearch is down or the transaction rolls back afterwards; an outbox row
 * commits or rolls back with the change and is relayed later, so the index always catches up.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    /** What kind of thing changed; the relay re-reads its current state rather than trusting a payload. */
    public enum Aggregate {
        PRODUCT,
        STORE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Aggregate aggregate;

    @Column(name = "aggregate_id")
    private long aggregateId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OutboxEntry() {
    }

    public OutboxEntry(Aggregate aggregate, long aggregateId, Instant createdAt) {
        this.aggregate = aggregate;
        this.aggregateId = aggregateId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Aggregate getAggregate() {
        return aggregate;
    }

    public long getAggregateId() {
        return aggregateId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
