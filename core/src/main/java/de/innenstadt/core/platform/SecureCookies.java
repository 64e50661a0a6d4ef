// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * When cookies are marked {@code Secure}: whenever the platform is published over HTTPS
 * ({@code innenstadt.public-url} or {@code innenstadt.portal-url} starts with {@code https:}), and
 * for any request that came over HTTPS, directly or through a trusted balancer
 * ({@link ForwardedHeadersFilter}). Derived from the published address rather than a separate
 * switch, so an HTTPS deployment cannot forget it, while the embedded run on plain-HTTP localhost
 * still gets its session cookie back. {@code HttpOnly} and {@code SameSite} are in each web.xml.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(publishedOverHttps());
    }

    /** Whether a cookie set in answer to this request must be {@code Secure}. */
    public static boolean required(HttpServletRequest request) {
        return request.isSecure() || publishedOverHttps();
    }

    private static boolean publishedOverHttps() {
        Config config = ConfigProvider.getConfig();
        return isHttps(config.getValue("innenstadt.public-url", String.class))
                || isHttps(config.getValue("innenstadt.portal-url", String.class));
    }

    static boolean isHttps(String url) {
        return url.strip().toLowerCase(Locale.ROOT).startsWith("https:");
    }
}
