// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The one suppression rule of every city report: a group of fewer than five (searches, reservations)
 * is not shown, so that no figure can point at a single person. Pedestrian counts are not groups of
 * people anyone could be told apart in and are shown exactly (ADR 0009). Zero is a
 * group smaller than five as well: "nobody" is as telling as "one person" when the group is small.
 */
public final class SmallGroups {

    /** The smallest group that is shown. */
    public static final int MINIMUM = 5;

    /** What a suppressed figure reads as in tables and CSV files. */
    public static final String SUPPRESSED = "< 5";

    private SmallGroups() {
    }

    public static boolean isSuppressed(long count) {
        return count < MINIMUM;
    }

    /** The count if it may be shown. */
    public static OptionalLong shown(long count) {
        return isSuppressed(count) ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /** A mean of counts (a baseline) is shown only when it stands for groups of five or more. */
    public static OptionalDouble shown(double mean) {
        return mean < MINIMUM ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    /** The count as text, or {@value #SUPPRESSED}. */
    public static String label(long count) {
        return isSuppressed(count) ? SUPPRESSED : Long.toString(count);
    }
}
