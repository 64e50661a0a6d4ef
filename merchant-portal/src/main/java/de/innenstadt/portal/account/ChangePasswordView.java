// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.account;

import de.innenstadt.core.account.OnboardingService;
import de.innenstadt.core.account.OnboardingService.RefusedException;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * „Passwort ändern“ for everyone logged in: the current password, then the new one twice. Problems
 * appear next to their field; the typed passwords are never sent back to the browser.
 */
@Named
@RequestScoped
public class ChangePasswordView {

    private static final String FORM = "change:";

    @Inject
    private OnboardingService onboarding;

    @Inject
    private CurrentActor actor;

    private String current;
    private String password;
    private String repeated;
    private boolean done;

    public void save() {
        try {
            if (!password.equals(repeated)) {
                Messages.error(FORM + "repeated", "account.password.mismatch");
                return;
            }
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            onboarding.changePassword(actor.get(), request.getRemoteAddr(), current.toCharArray(), password.toCharArray());
            done = true;
            Messages.info(null, "account.change.done");
        } catch (RefusedException e) {
            switch (e.refusal()) {
                case CURRENT_PASSWORD_WRONG -> Messages.error(FORM + "current", "account.change.wrong");
                case WAIT -> Messages.error(FORM + "current", "account.change.wait");
                case PASSWORD_IS_NAME -> Messages.error(FORM + "newPassword", "account.password.isName");
                default -> Messages.error(FORM + "newPassword", "account.password.length");
            }
        } finally {
            current = null;
            password = null;
            repeated = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
