// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.product;

import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.catalog.ProductImages.StoredImage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code GET /images/product/{productId}}: the photo a merchant uploaded for a product, from the
 * database, so every instance serves it. A product's photo never changes once stored, so browsers
 * and proxies may keep it for a week and then revalidate by its SHA-256 (ETag, answered with 304).
 * The type is the one the bytes were checked to be, and {@code nosniff} stops a browser from
 * guessing another.
 */
@WebServlet(ProductImages.PATH_PREFIX + "*")
public class ProductImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CACHE_CONTROL = "public, max-age=604800";

    @Inject
    private ProductImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<StoredImage> image = productId(request.getPathInfo()).flatMap(images::findImage);
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + image.get().sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = image.get().bytes();
        response.setContentType(image.get().contentType());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The id in the path; empty for anything that is not a plain positive number. */
    private static Optional<Long> productId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-9]\\d{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix a proxy may have added still matches. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
