// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import de.innenstadt.shop.city.Preferences;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /bag/add}: the "Reservieren" button on result and product pages. A plain HTML form
 * posting here works without JavaScript and without restoring the (request-scoped) results page,
 * and only this request creates a session: browsing stays cookie-free.
 */
@WebServlet("/bag/add")
public class BagServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Bag bag;

    @Inject
    private Preferences preferences;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long offerId;
        try {
            offerId = Long.parseLong(request.getParameter("offerId"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "offerId must be a number");
            return;
        }
        boolean added = bag.add(offerId);
        if (preferences.isKiosk()) {
            // the page starts over after the idle time and ends the session; should its script not run, the
            // server forgets the bag soon after anyway
            request.getSession().setMaxInactiveInterval(preferences.getKioskIdleSeconds() + preferences.getKioskWarningSeconds() + 60);
        }
        response.sendRedirect(request.getContextPath() + "/bag" + (added ? "" : "?unavailable=true"));
    }
}
