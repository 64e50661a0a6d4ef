// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import de.innenstadt.core.reservation.IllegalReservationTransitionException;
import de.innenstadt.core.reservation.QrCode;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationRetention;
import de.innenstadt.core.reservation.ReservationService;
import de.innenstadt.core.reservation.ShopperErasure;
import de.innenstadt.core.reservation.ReservationStatus;
import de.innenstadt.shop.api.RequestLimits;
import de.innenstadt.shop.api.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shopper's status page at {@code /reservation?token=…}: state, pickup code, QR code, deadline,
 * items, and cancelling. The token is the only key, so the page needs no account.
 */
@Named
@RequestScoped
public class ReservationStatusView {


    @Inject
    private ReservationService reservations;

    @Inject
    private RequestLimits limits;

    @Inject
    private ShopperErasure erasure;

    @Inject
    private ReservationRetention retention;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    private String token;
    private Reservation reservation;
    /** The shopper ticked „yes, erase my details now“. */
    private boolean sure;
    /** „cancel“ when the shopper pressed „Reservierung stornieren“ and is asked once more. */
    private String confirm;

    /**
     * Finds the reservation of the link. Unknown links count against the address like on the API
     * ({@link RequestLimits}), so the page is no way around its limit on guessing tokens.
     */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String address = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        try {
            limits.requireLookupAllowed(address);
        } catch (TooManyRequestsException e) {
            sendError(faces, 429, e.getMessage());
            return;
        }
        reservation = reservations.findByToken(token).orElse(null);
        if (reservation == null) {
            limits.recordUnknownLookup(address);
            sendError(faces, 404, "No such reservation");
        }
    }

    private static void sendError(FacesContext faces, int status, String message) {
        try {
            faces.getExternalContext().responseSendError(status, message);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String cancel() {
        try {
            reservations.cancelByShopper(token);
        } catch (IllegalReservationTransitionException e) {
            return null;
        }
        return "/reservation?faces-redirect=true&token=" + token;
    }

    /**
     * Erases the shopper's details now, when they confirmed it; the page then says so. A missing tick
     * is told next to it; an open reservation cannot be erased (the shop needs the name at the counter).
     */
    public String erase() {
        if (!sure) {
            FacesContext.getCurrentInstance().addMessage("erase:sure", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesContext.getCurrentInstance().getApplication().getResourceBundle(FacesContext.getCurrentInstance(), "msg")
                            .getString("status.erase.notSure"), null));
            return null;
        }
        ShopperErasure.Outcome outcome = erasure.eraseNow(token);
        return outcome == ShopperErasure.Outcome.NOT_FOUND ? null : "/reservation?faces-redirect=true&token=" + token;
    }

    /** Whether the shopper may erase their details now: the reservation has ended and they are still stored. */
    public boolean isErasable() {
        return current() != null && reservation.getStatus().isFinal() && reservation.getAnonymisedAt() == null;
    }

    public boolean isErased() {
        return current() != null && reservation.getAnonymisedAt() != null;
    }

    /**
     * The reservation, read again from the token on a form's postback, where the page's view action
     * (which counts unknown links) does not run; the forms' rendered conditions need it to decode.
     */
    private Reservation current() {
        if (reservation == null && token != null) {
            reservation = reservations.findByToken(token).orElse(null);
        }
        return reservation;
    }

    public int getRetentionDays() {
        return retention.eraseAfterDays();
    }

    public boolean isSure() {
        return sure;
    }

    public void setSure(boolean sure) {
        this.sure = sure;
    }

    /**
     * Whether the page asks „really cancel?“: one click on a shared or shaky device must not cancel, so the
     * first button only leads here (a link, so it works without JavaScript).
     */
    public boolean isAskingToCancel() {
        return "cancel".equals(confirm);
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public boolean isCancellable() {
        return current() != null && !reservation.getStatus().isFinal();
    }

    public boolean isOpen() {
        return reservation != null && reservation.getStatus() != ReservationStatus.COLLECTED
                && reservation.getStatus() != ReservationStatus.CANCELLED && reservation.getStatus() != ReservationStatus.EXPIRED;
    }

    public String getQrCode() {
        return QrCode.svg(getStatusUrl(), "QR-Code / QR code: " + reservation.getCode());
    }

    public String getStatusUrl() {
        return publicUrl.replaceAll("/+$", "") + "/reservation?token=" + reservation.getToken();
    }


    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Reservation getReservation() {
        return current();
    }
}
