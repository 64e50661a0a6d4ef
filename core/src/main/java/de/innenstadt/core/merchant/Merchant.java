// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shop business in the city centre: the unit that logs in, owns stores and their offers, and
 * sends feeds.
 *
 * <p>Most downtown merchants have one store; a few have two or more, so stores are separate and
 * every offer, feed line and reservation names its store. Everything a merchant may see or change
 * is reached through its id, which is what the services check against the caller.
 */
@Entity
@Table(name = "merchant")
public class Merchant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{innenstadt.slug}")
    @Size(max = 80)
    private String slug;

    @NotBlank
    @Size(max = 160)
    private String name;

    private String description;

    @Size(max = 40)
    private String category;

    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @Size(max = 300)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "feed_mode")
    private FeedMode feedMode = FeedMode.DELTA;

    @Column(name = "feed_interval_minutes")
    private Integer feedIntervalMinutes;

    @Min(1)
    @Max(720)
    @Column(name = "hold_hours")
    private int holdHours = 48;

    private boolean active = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "merchant")
    @OrderBy("name")
    private List<Store> stores = new ArrayList<>();

    protected Merchant() {
    }

    public Merchant(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public FeedMode getFeedMode() {
        return feedMode;
    }

    public void setFeedMode(FeedMode feedMode) {
        this.feedMode = feedMode;
    }

    public Integer getFeedIntervalMinutes() {
        return feedIntervalMinutes;
    }

    public void setFeedIntervalMinutes(Integer feedIntervalMinutes) {
        this.feedIntervalMinutes = feedIntervalMinutes;
    }

    public int getHoldHours() {
        return holdHours;
    }

    public void setHoldHours(int holdHours) {
        this.holdHours = holdHours;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Store> getStores() {
        return Collections.unmodifiableList(stores);
    }
}
