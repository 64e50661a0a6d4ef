// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

/**
 * A start-up failure the user can fix; the message is the single line the launcher prints, so it must name the
 * setting to change.
 */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
