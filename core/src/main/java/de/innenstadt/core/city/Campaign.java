// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.merchant.Merchant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A campaign, event or late-opening night whose effect on footfall the city wants to know; public
 * ones are announced on the shop pages of the participating merchants.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    private CampaignKind kind;

    private String description;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "public")
    private boolean publicCampaign;

    @ManyToMany
    @JoinTable(name = "campaign_location", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<FootfallLocation> locations = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "campaign_merchant", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "merchant_id"))
    private Set<Merchant> merchants = new HashSet<>();

    protected Campaign() {
    }

    public Campaign(String name, CampaignKind kind, Instant startsAt, Instant endsAt) {
        this.name = name;
        this.kind = kind;
        reschedule(startsAt, endsAt);
    }

    public final void reschedule(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A campaign must end after it starts");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public boolean covers(Instant moment) {
        return !moment.isBefore(startsAt) && moment.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isPublic() {
        return publicCampaign;
    }

    public void setPublic(boolean publicCampaign) {
        this.publicCampaign = publicCampaign;
    }

    public Set<FootfallLocation> getLocations() {
        return locations;
    }

    public Set<Merchant> getMerchants() {
        return merchants;
    }
}
