// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A pedestrian counter (a laser counter over a shopping street), known by the counter operator's id. */
@Entity
@Table(name = "footfall_location")
public class FootfallLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id")
    private String externalId;

    private String name;

    private BigDecimal lat;

    private BigDecimal lon;

    protected FootfallLocation() {
    }

    public FootfallLocation(String externalId, String name, BigDecimal lat, BigDecimal lon) {
        this.externalId = externalId;
        this.name = name;
        this.lat = lat;
        this.lon = lon;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getLat() {
        return lat;
    }

    public BigDecimal getLon() {
        return lon;
    }
}
