// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.product;

import de.innenstadt.core.catalog.PictureSizes;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /images/product/{productId}}: the photo of a product (uploaded by its merchant or fetched from
 * a feed's address), from the database, so every instance serves it; {@code /images/product/{productId}/192}
 * and {@code /640} its smaller copies for {@code srcset} (the photo itself where no copy was made, because it
 * is narrower). A product's photo never changes once stored, so browsers
 * and proxies may keep it for a week and then revalidate by its SHA-256 (ETag, answered with 304).
 * The type is the one the bytes were checked to be, and {@code nosniff} stops a browser from
 * guessing another.
 */
@WebServlet(ProductImages.PATH_PREFIX + "*")
public class ProductImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CACHE_CONTROL = "public, max-age=604800";
    private static final Pattern PATH = Pattern.compile("/([1-9]\\d{0,17})(?:/(\\d{1,4}))?");

    @Inject
    private ProductImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        Optional<StoredImage> image = find(request.getPathInfo());
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

    /** The photo or copy the path names; empty for anything but {@code /id} or {@code /id/width} of a made width. */
    private Optional<StoredImage> find(String pathInfo) {
        Matcher path = pathInfo == null ? null : PATH.matcher(pathInfo);
        if (path == null || !path.matches()) {
            return Optional.empty();
        }
        long productId = Long.parseLong(path.group(1));
        if (path.group(2) == null) {
            return images.findImage(productId);
        }
        int width = Integer.parseInt(path.group(2));
        if (!PictureSizes.WIDTHS.contains(width)) {
            return Optional.empty();
        }
        return images.findThumbnail(productId, width).or(() -> images.findImage(productId));
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix a proxy may have added still matches. */
    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
