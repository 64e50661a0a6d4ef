// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

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
import java.time.Instant;

/**
 * A one-time link to set a password, for an invitation or a reset. Only the SHA-256 of the token is
 * stored: someone who reads the database (or a backup) cannot use the links in it.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    /** Why the link was sent; an invitation lives longer than a reset. */
    public enum Purpose {
        INVITE,
        RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_sha256")
    private String tokenSha256;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(UserAccount account, Purpose purpose, String tokenSha256, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenSha256 = tokenSha256;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isEnabled();
    }

    void use(Instant now) {
        usedAt = now;
    }

    UserAccount getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
