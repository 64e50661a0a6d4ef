// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import de.innenstadt.core.merchant.Merchant;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A kind of item that shops sell, shared by every store that carries it.
 *
 * <p>Products are keyed by GTIN so that the same sneaker in three shops is one search hit with three
 * offers. Items with an in-store number (no GTIN, or a GS1 in-store prefix) are owned by their
 * merchant and identified by its SKU instead, since two shops' numbers say nothing about each other.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 14)
    private String gtin;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merchant_id")
    private Merchant owner;

    @Size(max = 64)
    private String sku;

    @NotBlank
    @Size(max = 300)
    private String title;

    @Size(max = 120)
    private String brand;

    @Size(max = 40)
    private String category;

    private String description;

    @Size(max = 500)
    @Column(name = "image_url")
    private String imageUrl;

    @Size(max = 200)
    @Column(name = "article_key")
    private String articleKey;

    @Size(max = 300)
    @Column(name = "article_title")
    private String articleTitle;

    @Size(max = 60)
    @Column(name = "variant_color")
    private String variantColor;

    @Size(max = 60)
    @Column(name = "variant_size")
    private String variantSize;

    @Column(name = "content_amount")
    private BigDecimal contentAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_unit")
    private NetContent.Unit contentUnit;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
    }

    /** A product known by its GTIN, visible to every merchant. */
    public Product(Gtin gtin, String title) {
        this.gtin = gtin.value();
        this.title = title;
        this.updatedAt = Instant.now();
    }

    /** A shop-local product known only by the merchant's own number. */
    public Product(Merchant owner, String sku, String title) {
        this.owner = owner;
        this.sku = sku;
        this.title = title;
        this.updatedAt = Instant.now();
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Optional<Gtin> findGtin() {
        return Optional.ofNullable(gtin).map(Gtin::new);
    }

    public String getGtin() {
        return gtin;
    }

    public String getSku() {
        return sku;
    }

    public Merchant getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    /**
     * Makes this product one variant of an article; variants share the key and the article title,
     * and differ in colour and/or size (either may be null).
     */
    public void makeVariant(String articleKey, String articleTitle, String color, String size) {
        this.articleKey = articleKey;
        this.articleTitle = articleTitle;
        this.variantColor = color;
        this.variantSize = size;
    }

    public Optional<String> findArticleKey() {
        return Optional.ofNullable(articleKey);
    }

    /** The title without the variant values; the product's own title when it is a single product. */
    public String getArticleTitle() {
        return articleTitle == null ? title : articleTitle;
    }

    public String getVariantColor() {
        return variantColor;
    }

    public String getVariantSize() {
        return variantSize;
    }

    /** How much one piece holds by weight, volume, length or area; empty for goods sold by the piece. */
    public Optional<NetContent> findNetContent() {
        return contentAmount == null || contentUnit == null ? Optional.empty()
                : Optional.of(new NetContent(contentAmount, contentUnit));
    }

    /** Sets what one piece holds; {@code null} for goods sold by the piece. */
    public void setNetContent(NetContent content) {
        this.contentAmount = content == null ? null : content.amount();
        this.contentUnit = content == null ? null : content.unit();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
