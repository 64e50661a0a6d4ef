// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

/**
 * Elasticsearch cannot be reached or refused the request. Callers show a friendly notice (or answer
 * 503); the rest of the platform keeps working because the database, not the index, owns the data.
 */
public class SearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
