// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The status tokens of the shopper's last checkout and what could not be reserved, for the confirmation page. */
@Named
@SessionScoped
public class Receipts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReservationService reservations;

    private List<String> tokens = List.of();
    private List<String> problems = List.of();

    /** The reservations of the last checkout, one per store, each with its own code and deadline. */
    public List<Reservation> getReservations() {
        return tokens.stream().map(reservations::findByToken).flatMap(Optional::stream).toList();
    }

    void remember(List<String> tokens, List<String> problems) {
        this.tokens = List.copyOf(tokens);
        this.problems = List.copyOf(problems);
    }

    /** The stores of the last checkout whose part could not be reserved, with the reason. */
    public List<String> getProblems() {
        return problems;
    }

    public List<String> getTokens() {
        return tokens;
    }
}
