// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Buttons that change the bag, so the bag itself stays free of page concerns. */
@Named
@RequestScoped
public class BagActions {

    @Inject
    private Bag bag;

    public String change(long offerId, int quantity) {
        bag.setQuantity(offerId, quantity);
        return "/bag?faces-redirect=true";
    }

    public String remove(long offerId) {
        bag.remove(offerId);
        return "/bag?faces-redirect=true";
    }
}
