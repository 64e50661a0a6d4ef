// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A merchant's keys for the stock push API: issued (shown once), rotated, revoked, and checked on every push. */
@ApplicationScoped
@Transactional
public class ApiKeys {

    private static final Pattern TOKEN = Pattern.compile("isk_([a-z0-9]{8})_([a-z0-9]{32})");

    /** A key as the portal lists it; never the secret. */
    public record KeyRow(long id, String prefix, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
            implements Serializable {
        public boolean active() {
            return revokedAt == null;
        }
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<KeyRow> list(Actor actor) {
        long merchantId = merchantOf(actor);
        return em.createQuery("select k from ApiKey k where k.merchant.id = :m order by k.id desc", ApiKey.class)
                .setParameter("m", merchantId).getResultList().stream()
                .map(k -> new KeyRow(k.getId(), k.getPrefix(), k.getLabel(), k.getCreatedAt(), k.getLastUsedAt(), k.getRevokedAt()))
                .toList();
    }

    /** @return the clear text of the new key, which is not kept and cannot be shown again */
    public String create(Actor actor, String label) {
        Merchant merchant = em.find(Merchant.class, merchantOf(actor));
        String name = label == null || label.isBlank() ? "API" : label.strip();
        ApiKey.Issued issued = ApiKey.issue(merchant, name.length() > 80 ? name.substring(0, 80) : name, Instant.now(clock));
        em.persist(issued.key());
        return issued.clearText();
    }

    /**
     * Revokes a key and issues its successor with the same label; returns the successor's clear text.
     *
     * @throws KeyRevokedException when the key is already revoked
     */
    public String rotate(Actor actor, long keyId) {
        ApiKey old = active(actor, keyId);
        old.revoke(Instant.now(clock));
        return create(actor, old.getLabel());
    }

    /**
     * @return the revoked key's label
     * @throws KeyRevokedException when the key is already revoked
     */
    public String revoke(Actor actor, long keyId) {
        ApiKey key = active(actor, keyId);
        key.revoke(Instant.now(clock));
        return key.getLabel();
    }

    /**
     * The merchant a bearer token belongs to, when it is a valid, unrevoked key; records its use.
     */
    public Optional<Long> authenticate(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<ApiKey> key = em.createQuery("select k from ApiKey k where k.prefix = :p", ApiKey.class)
                .setParameter("p", m.group(1)).getResultList().stream().findFirst();
        if (key.isEmpty() || !key.get().matches(m.group(2))) {
            return Optional.empty();
        }
        key.get().markUsed(Instant.now(clock));
        return Optional.of(key.get().getMerchant().getId());
    }

    private ApiKey active(Actor actor, long keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || key.getMerchant().getId() != merchantOf(actor)) {
            throw new NotFoundException("No API key " + keyId);
        }
        if (key.getRevokedAt() != null) {
            throw new KeyRevokedException(key.getLabel());
        }
        return key;
    }

    private static long merchantOf(Actor actor) {
        return actor.findMerchantId().orElseThrow(() -> new NotFoundException("Not a merchant"));
    }
}
