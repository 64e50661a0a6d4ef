// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A top-level shopping category; a short fixed list that drives home-page tiles and facets. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    private String slug;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_en")
    private String nameEn;

    private int position;

    protected Category() {
    }

    public Category(String slug, String nameDe, String nameEn, int position) {
        this.slug = slug;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.position = position;
    }

    public String getSlug() {
        return slug;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }
}
