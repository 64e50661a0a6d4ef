// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.reservation.QrCode;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationService;
import de.innenstadt.portal.platform.Messages;
import de.innenstadt.portal.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The printable pickup slip for a customer without a device: shop, code, from when and until when to
 * collect, items and a QR code of the status link.
 */
@Named
@RequestScoped
public class SlipView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy HH:mm");

    @Inject
    private ReservationService reservations;

    @Inject
    private CurrentActor actor;

    @Inject
    private CitySettingsService city;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    private long id;
    private Reservation reservation;

    public void load() {
        reservation = reservations.owned(actor.get(), id);
    }

    public String getQrCode() {
        return QrCode.svg(getStatusUrl(), "QR-Code / QR code: " + getStatusUrl());
    }

    public String getStatusUrl() {
        return publicUrl.replaceAll("/+$", "") + "/reservation?token=" + reservation.getToken();
    }

    public String getDeadline() {
        return TIME.format(reservation.getExpiresAt().atZone(city.current().getZone()));
    }

    /** When the goods can be collected; empty for reservations made before stores had a preparation time. */
    public String getReadyFrom() {
        return reservation.getReadyFrom() == null ? ""
                : DAY_AND_TIME.withLocale(Messages.locale()).format(reservation.getReadyFrom().atZone(city.current().getZone()));
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Reservation getReservation() {
        return reservation;
    }
}
