// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import jakarta.ejb.ApplicationException;

/** A new offer was refused; {@link #field()} names the input to fix, the message says why in plain words. */
@ApplicationException(rollback = true)
public class InvalidOfferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The inputs a refusal can point at. */
    public enum Field {
        GTIN,
        TITLE,
        /** A product new to the catalog needs one of the city's departments, so shoppers find it by browsing too. */
        CATEGORY,
        IMAGE_URL,
        /** A photo was uploaded for a product the catalog already knows; its image stays the catalog's. */
        IMAGE_FILE,
        /** The content for the Grundpreis is not an amount with a metric unit („500 g“). */
        NET_CONTENT,
        DUPLICATE,
        /** An offer with reserved units cannot be removed: those shoppers are on their way. */
        HELD
    }

    private final Field field;

    public InvalidOfferException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
