// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (or is not the caller's to see). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
