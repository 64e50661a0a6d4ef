// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.feeds;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret the upload form carries back to {@link FeedUploadServlet}. Faces protects its own forms
 * with the view state, but the upload is a plain multipart POST to a servlet, and the session cookie
 * alone would let any other site start an import in a logged-in merchant's name. The token lives in
 * the session, so a new login (new session) invalidates forms rendered before it.
 */
@Named
@SessionScoped
public class UploadToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    public UploadToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String getValue() {
        return value;
    }

    /** Compares in constant time, so the answer time tells nothing about the secret. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
