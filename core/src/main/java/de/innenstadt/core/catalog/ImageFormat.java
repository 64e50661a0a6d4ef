// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats every browser shows. Decided by the file's first bytes, because the name and
 * the type a browser sends say only what the file claims to be: a renamed text or script file must
 * never be served as an image.
 */
public enum ImageFormat {

    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_MARK = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format the bytes are in; empty for anything else, however it is named. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
