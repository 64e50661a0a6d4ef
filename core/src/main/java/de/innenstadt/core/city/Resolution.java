// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

/** How finely footfall is shown: per hour, per day or per week (Monday to Sunday). */
public enum Resolution {
    HOUR,
    DAY,
    WEEK
}
