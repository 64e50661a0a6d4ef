// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.util.Map;

/**
 * A campaign draft that cannot be saved; the problems are keyed by field ({@code name}, {@code kind},
 * {@code starts}, {@code ends}, {@code description}, {@code locations}, {@code merchants}) and are message
 * keys, so the page can put each one next to its field in the reader's language.
 */
public class CampaignInvalidException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    public CampaignInvalidException(Map<String, String> problems) {
        super("Invalid campaign: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
