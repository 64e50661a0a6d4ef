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
 * is narrower). Pages use the addresses with the version, {@code /images/product/{productId}/v{sha256 prefix}[/192]}
 * ({@link ProductImages#path(long, String)}): a feed may replace the picture, and a new picture gets a new address,
 * so these may be kept for a year. The plain address (stored for uploads, used by older links) may be kept a week
 * and is then revalidated by its SHA-256 (ETag, answered with 304).
 * The type is the one the bytes were checked to be, and {@code nosniff} stops a browser from
 * guessing another.
 */
@WebServlet(ProductImages.PATH_PREFIX + "*")
public class ProductImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CACHE_CONTROL = "public, max-age=604800";
    /** An address with the picture's version never shows another picture, so it may be kept for a year. */
    private static final String CACHE_CONTROL_VERSIONED = "public, max-age=31536000, immutable";
    private static final Pattern PATH = Pattern.compile("/([1-9]\\d{0,17})(/v[0-9a-f]{" + ProductImages.VERSION_LENGTH
            + "})?(?:/(\\d{1,4}))?");

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
        // a valid path holds "/v" only in its version segment
        response.setHeader("Cache-Control", request.getPathInfo().contains("/v") ? CACHE_CONTROL_VERSIONED : CACHE_CONTROL);
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
        if (path.group(3) == null) {
            return images.findImage(productId);
        }
        int width = Integer.parseInt(path.group(3));
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
