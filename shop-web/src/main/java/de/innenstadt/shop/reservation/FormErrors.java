// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.reservation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The problems of a refused form, for the summary at its top (GOV.UK's error summary pattern, WCAG 3.3.1):
 * problems of the whole form first, then each field's with its label and a link to the field. Read from the
 * Faces messages, so validators and views add problems as usual.
 */
@Named
@RequestScoped
public class FormErrors {

    /** One problem; {@code fieldId} is null for a problem of the whole form. */
    public record Problem(String fieldId, String fieldLabel, String text) {
    }

    /**
     * Read anew on each call, never kept: Faces asks the summary's {@code rendered} already while it decodes a
     * post, before validation has added any problem.
     */
    public List<Problem> getProblems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Problem> general = new ArrayList<>();
        List<Problem> byField = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            UIComponent field = id == null ? null : faces.getViewRoot().findComponent(id);
            Object label = field == null ? null : field.getAttributes().get("label");
            for (FacesMessage message : faces.getMessageList(id)) {
                if (id == null) {
                    general.add(new Problem(null, null, message.getSummary()));
                } else {
                    byField.add(new Problem(id, label == null ? null : label.toString(), message.getSummary()));
                }
            }
        }
        general.addAll(byField);
        return general;
    }
}
