// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The status tokens of the shopper's last checkout, for the confirmation page. */
@Named
@SessionScoped
public class Receipts implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> tokens = List.of();

    void remember(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public List<String> getTokens() {
        return tokens;
    }
}
