-- SPDX-License-Identifier: EUPL-1.2
-- Pictures named by address in a feed (Google image_link, BMEcat MIME_INFO, a CSV's image column) or in
-- the portal are fetched in the background, checked and stored here, so that pages never send a
-- visitor's address to the merchant's web host. One row per product: the address last asked for, and
-- what became of it, with the import that asked, so the merchant reads the reason on its record.
CREATE TABLE image_fetch (
    product_id      BIGINT        NOT NULL PRIMARY KEY,
    source_url      VARCHAR(500)  NOT NULL,
    feed_import_id  BIGINT        NULL COMMENT 'the import that asked for this address; NULL for the portal',
    state           VARCHAR(16)   NOT NULL COMMENT 'QUEUED, FETCHING, STORED or REFUSED',
    refusal         VARCHAR(32)   NULL COMMENT 'why it was not stored (ImageRefusal)',
    detail          VARCHAR(300)  NULL COMMENT 'the address, status or type that was refused',
    attempts        INT           NOT NULL DEFAULT 0,
    due_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'not fetched before; later for a retry',
    claimed_at      TIMESTAMP(3)  NULL,
    finished_at     TIMESTAMP(3)  NULL,
    INDEX image_fetch_due (state, due_at),
    INDEX image_fetch_import (feed_import_id),
    CONSTRAINT image_fetch_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT image_fetch_import FOREIGN KEY (feed_import_id) REFERENCES feed_import (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- where a stored picture came from: NULL for a photo uploaded in the portal
ALTER TABLE product_image ADD COLUMN source_url VARCHAR(500) NULL;

-- the picture in the widths the pages ask for (srcset), made once when it is stored
CREATE TABLE product_thumbnail (
    product_id   BIGINT       NOT NULL,
    width        INT          NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    bytes        MEDIUMBLOB   NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    PRIMARY KEY (product_id, width),
    CONSTRAINT product_thumbnail_image FOREIGN KEY (product_id) REFERENCES product_image (product_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
