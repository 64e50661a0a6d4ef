// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.notification;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.notification.NotificationRow;
import de.innenstadt.core.notification.NotificationService;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The merchant's e-mails that did not go out (given up, or waiting for another try), with a way to
 * send the shopper's message again. The service limits the list to the merchant's own reservations
 * and checks ownership on "resend"; this view only passes the logged-in actor.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private CitySettingsService city;

    @Inject
    private CurrentActor actor;

    private List<NotificationRow> rows;
    private ZoneId zone;

    @PostConstruct
    void init() {
        zone = city.current().getZone();
        load();
    }

    /** Queues the shopper's current message of a reservation again and says whether there was one. */
    public void resend(long reservationId, String reservationCode) {
        boolean queued = notifications.resend(actor.get(), reservationId);
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String text = MessageFormat.format(msg.getString(queued ? "notifications.resent" : "notifications.nothingToSend"),
                reservationCode);
        faces.addMessage(null, new FacesMessage(queued ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, text, null));
        load();
    }

    public List<NotificationRow> getRows() {
        return rows;
    }

    /** A time in the city's zone, in the page's language. */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(zone));
    }

    private void load() {
        rows = notifications.findFailedOrLate(actor.get());
    }
}
