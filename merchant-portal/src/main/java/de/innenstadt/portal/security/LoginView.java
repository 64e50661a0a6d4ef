// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import de.innenstadt.core.account.LoginThrottle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The login form: refuses names and addresses that failed too often ({@link LoginThrottle}), hands
 * the credentials to the container's authentication and gives the session a new id, so an id
 * planted before login is worthless after it.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginThrottle throttle;

    @NotBlank
    @Size(max = 120)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.findWait(username, address);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().getSeconds() + 59) / 60);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(messages.getString("login.throttled"), minutes), null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                throttle.recordSuccess(username);
                request.changeSessionId();
                external.redirect(external.getRequestContextPath()
                        + ReturnAfterLogin.checked(request.getParameter("back")).orElse("/"));
            }
            case SEND_FAILURE, NOT_DONE -> {
                throttle.recordFailure(username, address);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString("login.failed"), null));
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
