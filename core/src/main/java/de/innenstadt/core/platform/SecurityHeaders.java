// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers a browser needs to protect shoppers and merchants, on every answer of both web
 * applications: no MIME sniffing, no framing by other sites (clickjacking a reservation or a portal
 * button), referrers that give other sites the origin only (status links carry a token), no camera,
 * microphone or payment features, location only for this site. The content security policy is each
 * application's own ({@code innenstadt.content-security-policy} in its web.xml): the shop runs no
 * inline script at all, the portal's component library needs some. A servlet that answers with a
 * stricter policy (images, SVG) sets its own after this.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Where a web application without a policy of its own is confined: its own origin. */
    private static final String DEFAULT_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    private String contentSecurityPolicy;

    @Override
    public void init() {
        String configured = getServletContext().getInitParameter("innenstadt.content-security-policy");
        contentSecurityPolicy = configured == null || configured.isBlank() ? DEFAULT_POLICY
                : configured.strip().replaceAll("\\s+", " ");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        chain.doFilter(request, response);
    }
}
