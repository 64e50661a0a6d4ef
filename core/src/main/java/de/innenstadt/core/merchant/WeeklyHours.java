// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening interval on a weekday; two of them on one day model a lunch break. */
@Entity
@Table(name = "opening_hours")
public class WeeklyHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @Column(name = "day_of_week")
    private int dayOfWeek;

    private LocalTime opens;

    private LocalTime closes;

    protected WeeklyHours() {
    }

    WeeklyHours(Store store, DayOfWeek day, LocalTime opens, LocalTime closes) {
        this.store = store;
        this.dayOfWeek = day.getValue();
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public OpeningInterval toInterval() {
        return new OpeningInterval(getDay(), opens, closes);
    }
}
