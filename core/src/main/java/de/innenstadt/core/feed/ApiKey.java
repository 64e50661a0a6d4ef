// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.platform.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * A merchant's key for the stock push API. The key is shown once when created; only its SHA-256 is
 * kept (a long random secret needs no slow hash), and the prefix finds the row without a scan.
 * Format: {@code isk_<8 prefix chars>_<32 secret chars>}.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    private String prefix;

    @Column(name = "secret_sha256")
    private String secretSha256;

    private String label;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    private ApiKey(Merchant merchant, String prefix, String secret, String label, Instant now) {
        this.merchant = merchant;
        this.prefix = prefix;
        this.secretSha256 = Sha256.hex(secret);
        this.label = label;
        this.createdAt = now;
    }

    /** A key together with its clear text, which exists only until it has been shown to the merchant. */
    public record Issued(ApiKey key, String clearText) {
    }

    public static Issued issue(Merchant merchant, String label, Instant now) {
        return issue(merchant, label, random(8), random(32), now);
    }

    /** A key with given parts, for demo data whose keys are printed in the README. */
    public static Issued issue(Merchant merchant, String label, String prefix, String secret, Instant now) {
        return new Issued(new ApiKey(merchant, prefix, secret, label, now), "isk_" + prefix + "_" + secret);
    }

    public boolean matches(String secret) {
        return revokedAt == null && MessageDigest.isEqual(
                secretSha256.getBytes(StandardCharsets.US_ASCII), Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII));
    }

    public void revoke(Instant now) {
        revokedAt = now;
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }


    public Long getId() {
        return id;
    }

    public Merchant getMerchant() {
        return merchant;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
