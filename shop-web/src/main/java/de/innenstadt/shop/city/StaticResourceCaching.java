// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets browsers keep styles, scripts and map images for a day, so a shopper on a phone downloads
 * them once per visit downtown; a changed file is picked up the next day at the latest.
 */
@WebFilter("/resources/*")
public class StaticResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=86400");
        chain.doFilter(request, response);
    }
}
