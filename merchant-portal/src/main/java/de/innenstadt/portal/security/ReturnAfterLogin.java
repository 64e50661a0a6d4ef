// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal page to return to after logging in again, e.g. the offers page whose session ended.
 * Only a path of the portal's own pages is taken, never another host or a crafted path: the
 * parameter travels through the browser and must not become an open redirect.
 */
public final class ReturnAfterLogin {

    private static final Pattern PORTAL_PAGE = Pattern.compile("/(merchant|city|admin)(/[A-Za-z0-9_-]+)*(\\.xhtml)?");

    private ReturnAfterLogin() {
    }

    /** The portal page a URL (such as a Referer) points at, as a path below the portal; empty if none. */
    public static Optional<String> pageOf(String url, String contextPath) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        try {
            String path = new URI(url).getPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return Optional.empty();
            }
            return checked(path.substring(contextPath.length()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The page if it is one of the portal's own, as given in the login page's {@code back} parameter. */
    public static Optional<String> checked(String page) {
        return page != null && PORTAL_PAGE.matcher(page).matches() ? Optional.of(page) : Optional.empty();
    }
}
