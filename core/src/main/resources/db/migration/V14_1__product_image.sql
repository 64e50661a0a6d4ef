-- SPDX-License-Identifier: EUPL-1.2
-- Photos merchants upload for products they bring into the catalog. Kept in the database rather
-- than on disk so that every Payara instance serves them without a shared file system; at most a
-- few megabytes each (innenstadt.images.max-kilobytes), one per product.
CREATE TABLE product_image (
    product_id   BIGINT       NOT NULL PRIMARY KEY,
    content_type VARCHAR(40)  NOT NULL,
    bytes        MEDIUMBLOB   NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
