// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Hours that differ from the weekly plan on one date: closed for inventory, open late for an event. */
@Entity
@Table(name = "opening_exception")
public class OpeningException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    private LocalDate day;

    private LocalTime opens;

    private LocalTime closes;

    private String note;

    protected OpeningException() {
    }

    OpeningException(Store store, LocalDate day, LocalTime opens, LocalTime closes, String note) {
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("An exception is either closed all day or has both times");
        }
        this.store = store;
        this.day = day;
        this.opens = opens;
        this.closes = closes;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isClosed() {
        return opens == null;
    }

    public Optional<OpeningInterval> findInterval() {
        return isClosed() ? Optional.empty() : Optional.of(new OpeningInterval(day.getDayOfWeek(), opens, closes));
    }

    public String getNote() {
        return note;
    }
}
