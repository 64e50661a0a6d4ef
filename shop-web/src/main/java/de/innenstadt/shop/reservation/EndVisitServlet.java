// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /visit/end}: „Fertig“ on the confirmation page. On a shared computer (a library, the citizens'
 * office, a care home) the next person must not find the bag or the last checkout's codes and cancel links:
 * the session that holds them ends, and its cookie with it. The reservations stay; their links in the mail
 * or on the printed slip still work. The language and large-text choices are no personal data and stay.
 */
@WebServlet("/visit/end")
public class EndVisitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // invalidating leaves the browser holding the dead session's cookie; remove it, so nothing hints at the visit
        String name = getServletContext().getSessionCookieConfig().getName();
        Cookie expired = new Cookie(name == null ? "JSESSIONID" : name, "");
        expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        expired.setMaxAge(0);
        expired.setHttpOnly(true);
        expired.setSecure(request.isSecure());
        response.addCookie(expired);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/?visitEnded=true");
    }
}
