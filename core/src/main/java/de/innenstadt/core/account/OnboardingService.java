// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import de.innenstadt.core.account.AccountToken.Purpose;
import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.notification.Notification;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Role;
import de.innenstadt.core.platform.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Getting people into the portal without anyone ever handling their password: an admin invites a
 * merchant by e-mail, and the merchant (or anyone who forgot theirs) sets a password through a
 * one-time link that expires.
 *
 * <p>The link's token is 256 random bits; only its SHA-256 is stored, and it works once. The mail
 * goes through the notification queue (so a mail server outage delays it instead of losing it),
 * and the queue erases the link from the stored message once it was sent. A reset request says
 * nothing about whether the name exists: the caller gets the same answer either way.
 */
@ApplicationScoped
@Transactional
public class OnboardingService {

    /** Shortest password accepted; long passphrases beat composition rules (NIST SP 800-63B). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 200;
    /** Open reset links per account; more requests are ignored silently, so nobody can flood a mailbox. */
    static final int MAX_OPEN_RESETS = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whom to invite: into an existing merchant ({@code merchantId}) or a new one named {@code newMerchantName}. */
    public record Invitation(String email, String displayName, Long merchantId, String newMerchantName) {
    }

    /** Whom to invite as a city manager or an admin ({@code role} is not {@link Role#MERCHANT}). */
    public record StaffInvitation(String email, String displayName, Role role) {
    }

    /** Why a password or an invitation was refused; the portal turns it into a message next to the field. */
    public enum Refusal {
        LINK_INVALID,
        PASSWORD_TOO_SHORT,
        PASSWORD_TOO_LONG,
        PASSWORD_IS_NAME,
        ACCOUNT_EXISTS,
        MERCHANT_MISSING,
        /** The current password given to change it was wrong. */
        CURRENT_PASSWORD_WRONG,
        /** Too many wrong passwords for this account from this address: wait as at the login. */
        WAIT
    }

    /** A refused request, with the reason. */
    public static class RefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private LoginThrottle throttle;

    @Inject
    @ConfigProperty(name = "innenstadt.portal-url")
    private String portalUrl;

    @Inject
    @ConfigProperty(name = "innenstadt.accounts.invitation-valid-hours")
    private int invitationValidHours;

    @Inject
    @ConfigProperty(name = "innenstadt.accounts.reset-valid-minutes")
    private int resetValidMinutes;

    /**
     * Creates the merchant account (and the merchant, when it is new) and mails the invitation link.
     * Inviting an address again whose owner has not set a password yet sends a fresh link and voids
     * the old ones.
     *
     * @return the account's login name (the e-mail address)
     */
    public String invite(Actor actor, Invitation invitation) {
        actor.requireRole(Role.ADMIN);
        String email = loginOf(invitation.email());
        UserAccount account = invitable(email, Role.MERCHANT)
                .orElseGet(() -> persist(UserAccount.forMerchant(email, email, invitation.displayName().strip(),
                        merchantFor(invitation))));
        String token = issue(account, Purpose.INVITE, Duration.ofHours(invitationValidHours));
        queueMail(account, "account.invitation", AccountMessages.invitation(account.getDisplayName(),
                account.findMerchant().map(Merchant::getName).orElse(""), email, link(token), invitationValidHours));
        return email;
    }

    /**
     * Invites a city manager or another admin, who belong to no merchant; otherwise as {@link #invite}.
     *
     * @return the account's login name (the e-mail address)
     */
    public String inviteStaff(Actor actor, StaffInvitation invitation) {
        actor.requireRole(Role.ADMIN);
        return sendStaffInvitation(loginOf(invitation.email()), invitation.displayName().strip(), invitation.role())
                .login();
    }

    /**
     * The first start of a town: nobody can log in yet, so the address from the configuration
     * ({@code innenstadt.admin.email}) is invited as the first admin. Runs at every start until some
     * admin has set a password; each run voids the link of the run before.
     *
     * @return the invitation with its link, for the start-up log (the mail may not reach anyone while the
     *         mail server is still being set up); empty once an admin has a password
     * @throws IllegalStateException when the address belongs to an account that is not an admin's
     */
    public Optional<SentInvitation> inviteFirstAdmin(String email) {
        if (anAdminCanLogIn()) {
            return Optional.empty();
        }
        String login = loginOf(email);
        findByLogin(login).filter(account -> account.getRole() != Role.ADMIN).ifPresent(account -> {
            throw new IllegalStateException("innenstadt.admin.email " + login + " belongs to a " + account.getRole()
                    + " account; name another address for the first admin");
        });
        return Optional.of(sendStaffInvitation(login, AccountMessages.FIRST_ADMIN_NAME, Role.ADMIN));
    }

    /** Whether some enabled admin has a password: without one, nobody can invite anybody. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anAdminCanLogIn() {
        return em.createQuery("select count(a) from UserAccount a where a.role = :admin"
                        + " and a.passwordHash is not null and a.enabled = true", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult() > 0;
    }

    /** An invitation that went out: the login name and the one-time link in the mail. */
    public record SentInvitation(String login, String link, int validHours) {
    }

    private SentInvitation sendStaffInvitation(String email, String displayName, Role role) {
        if (role == Role.MERCHANT) {
            throw new IllegalArgumentException("A merchant is invited with a merchant");
        }
        UserAccount account = invitable(email, role)
                .orElseGet(() -> persist(UserAccount.forStaff(email, email, displayName, role)));
        String token = issue(account, Purpose.INVITE, Duration.ofHours(invitationValidHours));
        queueMail(account, "account.invitation", AccountMessages.staffInvitation(account.getDisplayName(), role, email,
                link(token), invitationValidHours));
        return new SentInvitation(email, link(token), invitationValidHours);
    }

    /**
     * The account to invite again: one with this address and role whose owner never set a password (its open
     * links are voided); empty when there is none.
     *
     * @throws RefusedException when the address belongs to an account with a password or another role
     */
    private Optional<UserAccount> invitable(String email, Role role) {
        Optional<UserAccount> existing = findByLogin(email);
        existing.ifPresent(account -> {
            if (account.hasPassword() || account.getRole() != role) {
                throw new RefusedException(Refusal.ACCOUNT_EXISTS);
            }
            voidOpenTokens(account);
        });
        return existing;
    }

    private UserAccount persist(UserAccount account) {
        em.persist(account);
        return account;
    }

    private static String loginOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A merchant an admin can invite someone into. */
    public record MerchantChoice(long id, String name) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MerchantChoice> findMerchantChoices(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return em.createQuery("select m.id, m.name from Merchant m order by m.name", Object[].class)
                .getResultStream()
                .map(row -> new MerchantChoice((Long) row[0], (String) row[1]))
                .toList();
    }

    /**
     * Mails a reset link when the name or address belongs to an enabled account; does nothing
     * visible otherwise, so the answer never tells whether an account exists.
     */
    public void requestReset(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 200) {
            return;
        }
        Instant now = Instant.now(clock);
        findByLogin(usernameOrEmail.strip().toLowerCase(Locale.ROOT)).filter(UserAccount::isEnabled).ifPresent(account -> {
            long open = em.createQuery("select count(t) from AccountToken t where t.account = :account"
                            + " and t.purpose = :reset and t.usedAt is null and t.expiresAt > :now", Long.class)
                    .setParameter("account", account).setParameter("reset", Purpose.RESET).setParameter("now", now)
                    .getSingleResult();
            if (open < MAX_OPEN_RESETS) {
                String token = issue(account, Purpose.RESET, Duration.ofMinutes(resetValidMinutes));
                queueMail(account, "account.reset", AccountMessages.reset(account.getDisplayName(), account.getUsername(),
                        link(token), resetValidMinutes));
            }
        });
    }

    /** What a link is for, while it can still be used; empty for unknown, used or expired links. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Purpose> findUsableLink(String token) {
        return findUsableToken(token).map(AccountToken::getPurpose);
    }

    /**
     * Sets the password through a link and uses the link up, together with every other open link of
     * the account; a lock from failed logins ends too, since the person just proved their mailbox.
     *
     * @return the login name, for the login form
     * @throws RefusedException when the link is no longer usable or the password is not acceptable
     */
    public String setPassword(String token, char[] password) {
        AccountToken link = findUsableToken(token).orElseThrow(() -> new RefusedException(Refusal.LINK_INVALID));
        UserAccount account = link.getAccount();
        checkPassword(account, password);
        account.setPasswordHash(hashing.hash(password));
        throttle.forgive(account.getUsername());
        voidOpenTokens(account);
        return account.getUsername();
    }

    /**
     * Changes the logged-in person's password after checking the current one. A wrong current
     * password counts as a failed login of the account from that address, so this form is no way
     * around the login's waits; open reset links end, since their owner now knows the password.
     *
     * @throws RefusedException when the current password is wrong, a wait applies, or the new one is not acceptable
     */
    public void changePassword(Actor actor, String address, char[] current, char[] replacement) {
        UserAccount account = findByLogin(actor.username().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No account " + actor.username()));
        if (throttle.findWait(account.getUsername(), address).isPresent()) {
            throw new RefusedException(Refusal.WAIT);
        }
        if (!hashing.verify(current, Optional.ofNullable(account.getPasswordHash()))) {
            throttle.recordFailure(account.getUsername(), address);
            throw new RefusedException(Refusal.CURRENT_PASSWORD_WRONG);
        }
        checkPassword(account, replacement);
        account.setPasswordHash(hashing.hash(replacement));
        voidOpenTokens(account);
    }

    static void checkPassword(UserAccount account, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new RefusedException(Refusal.PASSWORD_TOO_SHORT);
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new RefusedException(Refusal.PASSWORD_TOO_LONG);
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (text.contains(account.getUsername().toLowerCase(Locale.ROOT))
                || text.contains(account.getEmail().toLowerCase(Locale.ROOT))) {
            throw new RefusedException(Refusal.PASSWORD_IS_NAME);
        }
    }

    private Optional<AccountToken> findUsableToken(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return em.createQuery("select t from AccountToken t join fetch t.account where t.tokenSha256 = :hash",
                        AccountToken.class)
                .setParameter("hash", Sha256.hex(token))
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsable(now));
    }

    private Optional<UserAccount> findByLogin(String login) {
        return em.createQuery("select a from UserAccount a left join fetch a.merchant"
                        + " where lower(a.username) = :login or lower(a.email) = :login order by a.id", UserAccount.class)
                .setParameter("login", login)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Merchant merchantFor(Invitation invitation) {
        if (invitation.merchantId() != null) {
            Merchant merchant = em.find(Merchant.class, invitation.merchantId());
            if (merchant == null) {
                throw new NotFoundException("No merchant " + invitation.merchantId());
            }
            return merchant;
        }
        if (invitation.newMerchantName() == null || invitation.newMerchantName().isBlank()) {
            throw new RefusedException(Refusal.MERCHANT_MISSING);
        }
        String name = invitation.newMerchantName().strip();
        Merchant merchant = new Merchant(freeSlug(slugOf(name)), name);
        merchant.setEmail(invitation.email().strip().toLowerCase(Locale.ROOT));
        em.persist(merchant);
        return merchant;
    }

    /** A URL-safe name: "Müller & Söhne" becomes "mueller-soehne". */
    static String slugOf(String name) {
        String folded = name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 70) {
            slug = slug.substring(0, 70).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "haendler" : slug;
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; isTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean isTaken(String slug) {
        return em.createQuery("select count(m) from Merchant m where m.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0;
    }

    private String issue(UserAccount account, Purpose purpose, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account, purpose, Sha256.hex(token), Instant.now(clock).plus(validity)));
        return token;
    }

    private void voidOpenTokens(UserAccount account) {
        Instant now = Instant.now(clock);
        em.createQuery("select t from AccountToken t where t.account = :account and t.usedAt is null", AccountToken.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(t -> t.use(now));
    }

    private String link(String token) {
        return portalUrl.replaceAll("/+$", "") + "/account/password?token=" + token;
    }

    private void queueMail(UserAccount account, String kind, AccountMessages.Message message) {
        em.persist(new Notification(null, null, kind, account.getEmail(), message.subject(), message.body(),
                Instant.now(clock)));
    }
}
