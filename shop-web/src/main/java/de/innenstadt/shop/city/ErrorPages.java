// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a page request with the friendly "not found" page, which links back home. */
public final class ErrorPages {

    private ErrorPages() {
    }

    public static void notFound(String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, reason);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
