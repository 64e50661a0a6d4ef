// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;

/** Faces messages from the portal's resource bundle, in the language of the request. */
public final class Messages {

    private Messages() {
    }

    /** An error shown next to the field with this client id, or at the top of the page when it is null. */
    public static void error(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, clientId, key, arguments);
    }

    /** The text for {@code key}; numbers among the arguments are written as the page's language writes them („10,5“). */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The language of the page being rendered. */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
    }
}
