// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.product;

import de.innenstadt.core.catalog.ProductIllustration;
import de.innenstadt.core.catalog.ProductImages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /images/illustration/{gtin}}: the drawn picture of a product without a photo (the demo
 * city's products), as SVG. The SVG is built from fixed shapes only; still, it is served with a
 * policy that allows no script or outside resource, and {@code nosniff}. Browsers may keep it a day.
 */
@WebServlet(ProductIllustration.PATH_PREFIX + "*")
public class ProductIllustrationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getPathInfo();
        Optional<String> svg = path != null && path.matches("/\\d{8,14}") ? images.findIllustration(path.substring(1))
                : Optional.empty();
        if (svg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = svg.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("image/svg+xml");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
