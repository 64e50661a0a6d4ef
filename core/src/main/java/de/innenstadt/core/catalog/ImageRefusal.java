// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

/**
 * Why a picture named by address was not stored. The portal says each in the merchant's language, with
 * the detail recorded beside it (the address, the HTTP status, the type the server sent).
 */
public enum ImageRefusal {
    /** Not an http(s) address, or not one a browser could open. */
    BAD_ADDRESS(false),
    /** The host is this machine, the local network or another address the platform never fetches from (SSRF). */
    ADDRESS_NOT_ALLOWED(false),
    /** No connection, no answer in time, or the host name is unknown; tried again later. */
    UNREACHABLE(true),
    /** The server answered with an error status; a 5xx or 429 is tried again later. */
    HTTP_STATUS(false),
    TOO_MANY_REDIRECTS(false),
    /** Larger than the platform fetches ({@code innenstadt.images.fetch.max-kilobytes}). */
    TOO_LARGE(false),
    /** Not a JPEG, PNG or WebP by its bytes: a web page, a PDF, a GIF … */
    NOT_AN_IMAGE(false),
    DAMAGED(false),
    TOO_MANY_PIXELS(false);

    private final boolean passing;

    ImageRefusal(boolean passing) {
        this.passing = passing;
    }

    /** Whether trying again later may succeed. */
    public boolean isPassing() {
        return passing;
    }
}
