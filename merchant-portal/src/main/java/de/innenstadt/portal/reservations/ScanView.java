// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.portal.feeds.UploadToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The counter's scan page. Every other page keeps the camera off ({@code camera=()}); this one asks
 * for it, for this site only, since reading the shopper's QR code is what it is for.
 */
@Named
@RequestScoped
public class ScanView {

    @Inject
    private UploadToken token;

    /** Lets this page, and no other, ask for the camera. */
    public void allowCamera() {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), payment=(), usb=(), geolocation=(self)");
    }

    /** The form's secret, as on the feed upload (a plain multipart POST carries no view state). */
    public String getToken() {
        return token.getValue();
    }

    public long getMaxBytes() {
        return ScanServlet.MAX_BYTES;
    }
}
