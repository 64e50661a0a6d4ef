// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.merchant.GeoPoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything that makes an installation Kaiserslautern's rather than another town's: name, map,
 * colours, holidays, contact. It is one row of data, seeded from a city profile on first start and
 * editable afterwards, so another municipality runs Innenstadt by configuration alone.
 */
@Entity
@Table(name = "city_settings")
public class CitySettings {

    static final int SINGLE_ROW = 1;

    @Id
    private int id = SINGLE_ROW;

    @NotBlank
    private String slug;

    @NotBlank
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_code")
    private Region region;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "map_center_lat")
    private BigDecimal mapCenterLat;

    @Column(name = "map_center_lon")
    private BigDecimal mapCenterLon;

    @Column(name = "map_zoom")
    private int mapZoom;

    @Column(name = "tile_url")
    private String tileUrl;

    @Column(name = "tile_attribution")
    private String tileAttribution;

    @Pattern(regexp = "#[0-9a-fA-F]{6}")
    @Column(name = "primary_color")
    private String primaryColor;

    @Column(name = "tagline_de")
    private String taglineDe;

    @Column(name = "tagline_en")
    private String taglineEn;

    @Email
    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "operator_name")
    private String operatorName;

    private String synonyms;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CitySettings() {
    }

    CitySettings(CityProfile profile) {
        apply(profile);
    }

    final void apply(CityProfile profile) {
        slug = profile.slug();
        name = profile.name();
        region = profile.region();
        timeZone = profile.timeZone();
        mapCenterLat = profile.mapCenter().latitude();
        mapCenterLon = profile.mapCenter().longitude();
        mapZoom = profile.mapZoom();
        tileUrl = profile.tileUrl();
        tileAttribution = profile.tileAttribution();
        primaryColor = profile.primaryColor();
        taglineDe = profile.taglineDe();
        taglineEn = profile.taglineEn();
        contactEmail = profile.contactEmail();
        operatorName = profile.operatorName();
        synonyms = String.join("\n", profile.synonyms());
        updatedAt = Instant.now();
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public GeoPoint getMapCenter() {
        return new GeoPoint(mapCenterLat, mapCenterLon);
    }

    public int getMapZoom() {
        return mapZoom;
    }

    public String getTileUrl() {
        return tileUrl;
    }

    public String getTileAttribution() {
        return tileAttribution;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public String tagline(Locale locale) {
        return "en".equals(locale.getLanguage()) ? taglineEn : taglineDe;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getOperatorName() {
        return operatorName;
    }

    /** The texts an admin edits in the portal; the rest of the profile (name, region, map) is the installation's. */
    public void editTexts(String taglineDe, String taglineEn, String contactEmail, String operatorName) {
        this.taglineDe = taglineDe;
        this.taglineEn = taglineEn;
        this.contactEmail = contactEmail;
        this.operatorName = operatorName;
    }

    /** The search synonym rules, one per list entry. */

    public List<String> getSynonyms() {
        return synonyms == null ? List.of() : CityProfile.parseSynonyms(synonyms);
    }

    public void setSynonyms(List<String> rules) {
        synonyms = String.join("\n", rules);
        updatedAt = Instant.now();
    }
}
