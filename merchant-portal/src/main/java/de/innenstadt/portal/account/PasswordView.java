// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.account;

import de.innenstadt.core.account.AccountToken;
import de.innenstadt.core.account.OnboardingService;
import de.innenstadt.core.account.OnboardingService.RefusedException;
import de.innenstadt.portal.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Optional;

/**
 * Sets a password through the one-time link of an invitation or a reset. The link is checked when
 * the page opens, so an expired or used link says so at once instead of after the typing.
 */
@Named
@ViewScoped
public class PasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnboardingService onboarding;

    private String token;
    private AccountToken.Purpose purpose;
    private String username;

    @NotBlank(message = "{portal.password.required}")
    @Size(min = OnboardingService.MIN_PASSWORD_LENGTH, max = 200, message = "{portal.password.length}")
    private String password;

    @NotBlank(message = "{portal.password.required}")
    private String repeated;

    /** Runs on the first GET only: remembers the token with the view, so the form's POST need not carry it. */
    public void check() {
        Optional<AccountToken.Purpose> usable = onboarding.findUsableLink(token);
        purpose = usable.orElse(null);
    }

    public void save() {
        if (!password.equals(repeated)) {
            Messages.error("password:repeated", "account.password.mismatch");
            return;
        }
        try {
            username = onboarding.setPassword(token, password.toCharArray());
            token = null;
        } catch (RefusedException e) {
            switch (e.refusal()) {
                case LINK_INVALID -> {
                    purpose = null;
                    Messages.error(null, "account.link.invalid");
                }
                case PASSWORD_IS_NAME -> Messages.error("password:newPassword", "account.password.isName");
                default -> Messages.error("password:newPassword", "account.password.length");
            }
        } finally {
            password = null;
            repeated = null;
        }
    }

    public boolean isLinkUsable() {
        return purpose != null && username == null;
    }

    public boolean isDone() {
        return username != null;
    }

    public boolean isInvitation() {
        return purpose == AccountToken.Purpose.INVITE;
    }

    public String getUsername() {
        return username;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
