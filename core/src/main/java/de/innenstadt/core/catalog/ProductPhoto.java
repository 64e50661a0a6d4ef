// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A photo that passed the checks (not empty, not too large, a JPEG, PNG or WebP by its bytes),
 * ready to be stored. The SHA-256 becomes the ETag, so browsers and proxies revalidate cheaply.
 */
public record ProductPhoto(ImageFormat format, byte[] bytes, String sha256) {

    /**
     * Checks an uploaded file.
     *
     * @throws InvalidImageException when the file is empty, larger than {@code maxKilobytes} or not
     *         a JPEG, PNG or WebP
     */
    public static ProductPhoto check(byte[] bytes, int maxKilobytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidImageException(InvalidImageException.Problem.EMPTY, maxKilobytes, "The file is empty");
        }
        if (bytes.length > maxKilobytes * 1024L) {
            throw new InvalidImageException(InvalidImageException.Problem.TOO_LARGE, maxKilobytes,
                    "The file is larger than " + maxKilobytes + " KB");
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new InvalidImageException(
                InvalidImageException.Problem.UNSUPPORTED_TYPE, maxKilobytes, "The file is not a JPEG, PNG or WebP image"));
        return new ProductPhoto(format, bytes.clone(), sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
