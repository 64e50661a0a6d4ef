// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.platform.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Optional;

/**
 * A person who logs in to the portal. A merchant account is bound to exactly one merchant, and that
 * binding, not the page the person is on, decides what they may read and change.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    private String username;

    @Email
    @NotBlank
    private String email;

    @NotBlank
    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    private boolean enabled = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    private UserAccount(String username, String email, String displayName, Role role, Merchant merchant) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.merchant = merchant;
    }

    public static UserAccount forMerchant(String username, String email, String displayName, Merchant merchant) {
        return new UserAccount(username, email, displayName, Role.MERCHANT, merchant);
    }

    public static UserAccount forStaff(String username, String email, String displayName, Role role) {
        if (role == Role.MERCHANT) {
            throw new IllegalArgumentException("A merchant account needs its merchant");
        }
        return new UserAccount(username, email, displayName, role, null);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** False for an invited person who has not followed the link yet. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The PBKDF2 hash with its parameters, or null before the invited person set a password. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Optional<Merchant> findMerchant() {
        return Optional.ofNullable(merchant);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
