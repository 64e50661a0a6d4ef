// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import de.innenstadt.core.platform.Sha256;
import de.innenstadt.core.reservation.Channel;
import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.InsufficientStockException;
import de.innenstadt.core.reservation.InvalidReservationException;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationRetention;
import de.innenstadt.core.reservation.ReservationService;
import de.innenstadt.core.reservation.ReservationService.IdempotencyKey;
import de.innenstadt.core.reservation.ReservationService.ItemRequest;
import de.innenstadt.core.reservation.ReservationService.ReserveCommand;
import de.innenstadt.shop.api.RequestLimits;
import de.innenstadt.shop.api.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Checkout: a name and one way of contact, then one reservation per store. Each store's
 * reservation is idempotent on the bag's checkout key, so a double click or a reload reserves once.
 * The same limits per contact and client address apply as in the API, or the form would be the way
 * around them.
 */
@Named
@RequestScoped
public class CheckoutView {

    @Inject
    private Bag bag;

    @Inject
    private ReservationService reservations;

    @Inject
    private ReservationRetention retention;

    @Inject
    private Receipts receipts;

    @Inject
    private RequestLimits limits;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Email
    @Size(max = 200)
    private String email;

    @Pattern(regexp = "^$|[+0-9 ()/-]{5,40}")
    private String phone;

    public String reserve() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        if (blank(email) && blank(phone)) {
            faces.addMessage("checkout:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("checkout.contact.missing"), null));
            return null;
        }
        List<Reservation> made = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String address = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        for (Bag.Pickup pickup : bag.getPickups()) {
            ReserveCommand command = new ReserveCommand(pickup.storeId(),
                    pickup.lines().stream().map(l -> new ItemRequest(l.offerId(), l.quantity())).toList(),
                    new Customer(name.strip(), blank(email) ? null : email.strip(), blank(phone) ? null : phone.strip()),
                    Channel.ONLINE);
            String key = bag.checkoutKey() + "-" + pickup.storeId();
            try {
                limits.requireReservationAllowed(address);
                limits.requireContactBelowLimit(command.customer());
            } catch (TooManyRequestsException e) {
                problems.add(msg.getString("checkout.tooMany"));
                break;
            }
            try {
                made.add(reservations.reserve(command, new IdempotencyKey(key, fingerprint(command))));
            } catch (InsufficientStockException e) {
                problems.add(pickup.storeName() + ": " + msg.getString("checkout.insufficient"));
            } catch (InvalidReservationException e) {
                problems.add(pickup.storeName() + ": " + String.join(" ", e.fieldErrors().values()));
            }
        }
        if (made.isEmpty()) {
            problems.forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
            return null;
        }
        bag.checkedOut(made.stream().map(r -> r.getStore().getId()).collect(Collectors.toList()));
        // the session carries what the confirmation shows, not Faces' flash: the flash cookie, set at path "/",
        // would also reach the portal at /portal, which cannot read it and failed the merchant's next redirect
        receipts.remember(made.stream().map(Reservation::getToken).toList(), problems);
        return "/confirmation?faces-redirect=true";
    }

    /** What the idempotency check compares: the same store, lines and customer mean the same request. */
    static String fingerprint(ReserveCommand command) {
        String text = command.storeId() + "|" + command.items().stream().map(i -> i.offerId() + ":" + i.quantity())
                .collect(Collectors.joining(",")) + "|" + command.customer();
        return Sha256.hex(text);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Days the shopper's details are kept after the reservation ended, as the checkout tells them. */
    public int getRetentionDays() {
        return retention.eraseAfterDays();
    }
}
