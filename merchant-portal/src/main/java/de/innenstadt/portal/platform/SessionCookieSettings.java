// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when the portal is reached over HTTPS
 * ({@code innenstadt.portal.secure-cookies=true}). It is a setting rather than fixed in web.xml
 * because the embedded run and the tests speak plain HTTP on localhost, where a secure cookie would
 * never be sent back and nobody could log in. HttpOnly, SameSite and the idle timeout are in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getValue("innenstadt.portal.secure-cookies", Boolean.class);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
