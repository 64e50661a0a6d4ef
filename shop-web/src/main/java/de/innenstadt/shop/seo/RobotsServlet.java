// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /robots.txt}: search engines may read the shop and product pages, not the shopper's
 * bag, checkout, reservation slips or the API, and find everything else through the sitemap.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                User-agent: *
                Allow: /
                Disallow: /bag
                Disallow: /checkout
                Disallow: /confirmation
                Disallow: /reservation
                Disallow: /preferences
                Disallow: /api/
                Sitemap: %s/sitemap.xml
                """.formatted(publicUrl.replaceAll("/+$", "")));
    }
}
