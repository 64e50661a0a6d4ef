// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import de.innenstadt.core.city.CitySettingsService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * {@code GET /city.css}: the city's own colour as a style sheet of its own. The colour is the city's
 * setting, not the code's, and the pages' content security policy allows no inline style, so it
 * cannot be written into the page head. Anything but a hex colour is left out, and shop.css's
 * default applies.
 */
@WebServlet("/city.css")
public class CityStyleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})");
    /** A changed colour reaches shoppers within five minutes. */
    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    private CitySettingsService city;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String colour = city.current().getPrimaryColor();
        response.setContentType("text/css");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        if (colour != null && HEX_COLOUR.matcher(colour.strip()).matches()) {
            response.getWriter().write(":root { --brand: " + colour.strip() + "; }\n");
        }
    }
}
