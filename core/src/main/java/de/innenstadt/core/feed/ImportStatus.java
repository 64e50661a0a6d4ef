// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/** The outcome of one feed import; RUNNING imports found after a crash are redone. */
public enum ImportStatus {
    RUNNING,
    SUCCEEDED,
    DUPLICATE,
    REFUSED,
    FAILED
}
