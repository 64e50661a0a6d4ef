// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A legal page (imprint, privacy notice, accessibility statement) in one language, owned by the city. */
@Entity
@Table(name = "city_page")
@IdClass(CityPage.Key.class)
public class CityPage {

    /** The composite key: page slug and language. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String slug;
        private String locale;

        public Key() {
        }

        public Key(String slug, String locale) {
            this.slug = slug;
            this.locale = locale;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(slug, key.slug) && Objects.equals(locale, key.locale);
        }

        @Override
        public int hashCode() {
            return Objects.hash(slug, locale);
        }
    }

    @Id
    private String slug;

    @Id
    private String locale;

    private String title;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CityPage() {
    }

    public CityPage(String slug, String locale, String title, String bodyHtml) {
        this.slug = slug;
        this.locale = locale;
        edit(title, bodyHtml);
    }

    public final void edit(String title, String bodyHtml) {
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.updatedAt = Instant.now();
    }

    public String getSlug() {
        return slug;
    }

    public String getLocale() {
        return locale;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
