// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The photo of a product, uploaded by a merchant or fetched from a feed's address, kept in the database so that every instance can serve it. */
@Entity
@Table(name = "product_image")
public class ProductImage {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "content_type")
    private String contentType;

    @Lob
    private byte[] bytes;

    private String sha256;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "source_url")
    private String sourceUrl;

    protected ProductImage() {
    }

    ProductImage(long productId, ProductPhoto photo, String sourceUrl, Instant createdAt) {
        this.productId = productId;
        replace(photo, sourceUrl, createdAt);
    }

    /** A new picture for the same product (a feed named another address); its smaller copies are replaced too. */
    final void replace(ProductPhoto photo, String sourceUrl, Instant createdAt) {
        this.contentType = photo.format().contentType();
        this.bytes = photo.bytes();
        this.sha256 = photo.sha256();
        this.sourceUrl = sourceUrl;
        this.createdAt = createdAt;
    }

    public Long getProductId() {
        return productId;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The address it was fetched from; null for a photo uploaded in the portal. */
    public String getSourceUrl() {
        return sourceUrl;
    }
}
