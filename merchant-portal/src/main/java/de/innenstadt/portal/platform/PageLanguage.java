// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of a download or a page's background request, which has no Faces view of its own: the page that
 * links to it passes its language as {@code lang}, so the file speaks the language the page did. German unless
 * the page was English, as the portal's own default is German.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.GERMAN;
    }
}
