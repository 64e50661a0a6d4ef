// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not touch what it asked for. Callers see the same answer for "not yours" and "does
 * not exist", so ids of other merchants' data reveal nothing.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
