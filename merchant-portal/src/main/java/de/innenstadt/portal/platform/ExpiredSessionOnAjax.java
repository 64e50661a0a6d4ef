// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import de.innenstadt.portal.security.ReturnAfterLogin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Makes an ended session visible when the merchant's next click is an Ajax one, such as „OK“ beside
 * a stock field. The container answers that click with a redirect to the login page; the browser's
 * XMLHttpRequest follows it silently, PrimeFaces cannot read the HTML it gets, and the owner saw
 * nothing happen and nothing saved. The followed request still carries the {@code Faces-Request}
 * header, so here it gets the answer Faces' Ajax understands: go to the login page, which then says
 * that the last change was not saved and, after the login, returns to the page the owner was on
 * ({@link ReturnAfterLogin}).
 */
@WebFilter({"/login.xhtml", "/login"})
public class ExpiredSessionOnAjax extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        String back = ReturnAfterLogin.pageOf(request.getHeader("Referer"), request.getContextPath())
                .map(page -> "&amp;back=" + URLEncoder.encode(page, StandardCharsets.UTF_8)).orElse("");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + request.getContextPath() + "/login?expired=true" + back + "\"></redirect></partial-response>");
    }
}
