// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

/**
 * Why a counts file or one of its rows was refused. A code rather than a sentence, so the portal
 * tells the city manager in their language ({@code footfall.problem.<NAME>} in its messages) and the
 * import record stays readable when the language changes.
 */
public enum FootfallProblem {
    /** The file could not be read at all (empty, binary, too long a line); the detail says what the reader found. */
    UNREADABLE,
    /** A column the file needs is missing from its header line; the column names it. */
    COLUMN_MISSING,
    /** The file holds a header and no rows. */
    NO_ROWS,
    /** No row of the file could be stored. */
    NO_ROW_READABLE,
    TIMESTAMP_EMPTY,
    TIMESTAMP_INVALID,
    /** A local time without offset that the clocks skipped (spring). */
    LOCAL_TIME_SKIPPED,
    /** A local time without offset that came twice (autumn): refused rather than guessed. */
    LOCAL_TIME_TWICE,
    /** A time that is not the start of an hour. */
    NOT_AN_HOUR,
    LOCATION_EMPTY,
    COUNT_EMPTY,
    COUNT_INVALID,
    COUNT_NEGATIVE,
    TEMPERATURE_INVALID,
    FLAG_INVALID,
    /** The same counting point and hour came earlier in the file; the value names that line. */
    HOUR_TWICE,
    /** The database refused the rows; nothing of the file was stored. */
    NOT_STORED
}
