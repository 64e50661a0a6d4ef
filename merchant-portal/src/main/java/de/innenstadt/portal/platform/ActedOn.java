// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import jakarta.faces.context.FacesContext;

/**
 * The id of the object a button in a list acts on, sent with the click as a named request
 * parameter ({@code <f:param>}). Buttons in a table must not find their object by the row's
 * position: the list is read again on the click, and a reservation cancelled online or a key
 * created in another tab meanwhile moves every row below it, so the position names someone else.
 */
public final class ActedOn {

    private ActedOn() {
    }

    /**
     * The id the clicked button named.
     *
     * @throws IllegalArgumentException when the request does not name one: the page sends it with
     *     every such button, so only a forged or broken request lacks it
     */
    public static long id(String parameter) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(parameter);
        if (value == null || !value.matches("\\d{1,18}")) {
            throw new IllegalArgumentException("The request names no " + parameter + ": " + value);
        }
        return Long.parseLong(value);
    }
}
