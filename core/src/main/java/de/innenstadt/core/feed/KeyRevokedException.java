// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/**
 * A revoked API key was asked to be rotated or revoked again, typically from a list drawn before
 * another tab revoked it. Refused, so no successor is issued for a key its owner already ended.
 */
public class KeyRevokedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String label;

    public KeyRevokedException(String label) {
        super("The API key " + label + " is already revoked");
        this.label = label;
    }

    /** The key's label, to tell the merchant which key it was. */
    public String label() {
        return label;
    }
}
