// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import java.util.List;

/**
 * Opening hours that cannot be read, with what is wrong as a {@link Problem} and the parts of the text
 * concerned, so that the portal can say it in the merchant's language; the message is for logs.
 */
public class OpeningHoursException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong; each names its parts in {@link #parts()}. */
    public enum Problem {
        /** Nothing was typed. */
        EMPTY,
        /** Two separators without a group between them; parts: the whole text. */
        EMPTY_GROUP,
        /** A group without days or without times; parts: the group. */
        NO_TIMES,
        /** Not a German day name; parts: the word. */
        UNKNOWN_DAY,
        /** A day range from a later to an earlier day; parts: the range. */
        BACKWARDS_DAYS,
        /** Not a time span such as 9-18 or 09:30-18:30; parts: the text, its group. */
        BAD_TIME,
        /** A time span that closes before it opens; parts: the span, its group. */
        CLOSES_BEFORE_OPENS,
        /** Two spans of one day overlap; parts: the day, the first span, the second. */
        OVERLAP
    }

    private final Problem problem;
    private final List<String> parts;

    OpeningHoursException(Problem problem, String message, String... parts) {
        super(message);
        this.problem = problem;
        this.parts = List.of(parts);
    }

    public Problem problem() {
        return problem;
    }

    public List<String> parts() {
        return parts;
    }
}
