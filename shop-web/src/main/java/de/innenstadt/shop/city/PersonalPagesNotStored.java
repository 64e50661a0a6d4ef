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
 * Tells browsers and proxies to keep no copy of the pages and answers that carry a shopper's name,
 * contact or pickup code: the bag, checkout, confirmation, the reservation status page and the
 * reservation API. On a shared computer (a library, the citizens' office) the back button or the
 * cache would otherwise show the previous person's reservation.
 */
@WebFilter({"/bag", "/bag.xhtml", "/checkout", "/checkout.xhtml", "/confirmation", "/confirmation.xhtml",
    "/reservation", "/reservation.xhtml", "/api/v1/reservations/*", "/api/v1/reservations"})
public class PersonalPagesNotStored extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
