// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The photo a merchant uploaded for a product, kept in the database so that every instance can serve it. */
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

    protected ProductImage() {
    }

    public ProductImage(long productId, ProductPhoto photo, Instant createdAt) {
        this.productId = productId;
        this.contentType = photo.format().contentType();
        this.bytes = photo.bytes();
        this.sha256 = photo.sha256();
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
}
