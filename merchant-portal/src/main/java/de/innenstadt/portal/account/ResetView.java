// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.account;

import de.innenstadt.core.account.OnboardingService;
import de.innenstadt.portal.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Forgot your password": whatever was typed, the answer is the same, so the page cannot be used to
 * find out which names or addresses have an account.
 */
@Named
@RequestScoped
public class ResetView {

    @Inject
    private OnboardingService onboarding;

    @NotBlank(message = "{portal.login.required}")
    @Size(max = 200, message = "{portal.text.tooLong}")
    private String login;

    private boolean requested;

    public void request() {
        onboarding.requestReset(login);
        requested = true;
        Messages.info(null, "account.reset.sent");
    }

    public boolean isRequested() {
        return requested;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
