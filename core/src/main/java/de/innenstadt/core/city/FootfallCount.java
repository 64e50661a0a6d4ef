// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Pedestrians counted at one location in one hour (start in UTC). Counters fail: an hour without a
 * row is a gap and an hour marked unverified stays marked, so dashboards show them instead of
 * averaging them away.
 */
@Entity
@Table(name = "footfall_count")
@IdClass(FootfallCount.Key.class)
public class FootfallCount {

    /** Location and hour identify a count; re-importing the same hour replaces it. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long locationId;
        private LocalDateTime hourStart;

        public Key() {
        }

        public Key(long locationId, LocalDateTime hourStart) {
            this.locationId = locationId;
            this.hourStart = hourStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && locationId == key.locationId && Objects.equals(hourStart, key.hourStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(locationId, hourStart);
        }
    }

    @Id
    @Column(name = "location_id")
    private long locationId;

    @Id
    @Column(name = "hour_start")
    private LocalDateTime hourStart;

    private int pedestrians;

    @Column(name = "left_to_right")
    private Integer leftToRight;

    @Column(name = "right_to_left")
    private Integer rightToLeft;

    private Integer adults;

    private Integer children;

    private BigDecimal temperature;

    private String weather;

    private boolean unverified;

    protected FootfallCount() {
    }

    public FootfallCount(long locationId, LocalDateTime hourStart, int pedestrians) {
        this.locationId = locationId;
        this.hourStart = hourStart;
        this.pedestrians = pedestrians;
    }

    public long getLocationId() {
        return locationId;
    }

    public LocalDateTime getHourStart() {
        return hourStart;
    }

    public int getPedestrians() {
        return pedestrians;
    }

    public Integer getLeftToRight() {
        return leftToRight;
    }

    public Integer getRightToLeft() {
        return rightToLeft;
    }

    public Integer getAdults() {
        return adults;
    }

    public Integer getChildren() {
        return children;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public String getWeather() {
        return weather;
    }

    public boolean isUnverified() {
        return unverified;
    }
}
