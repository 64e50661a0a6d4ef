-- SPDX-License-Identifier: EUPL-1.2
CREATE TABLE category (
    slug      VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_de   VARCHAR(80)  NOT NULL,
    name_en   VARCHAR(80)  NOT NULL,
    position  INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO category (slug, name_de, name_en, position) VALUES
    ('mode', 'Mode', 'Fashion', 10),
    ('schuhe', 'Schuhe', 'Shoes', 20),
    ('buecher', 'Bücher', 'Books', 30),
    ('spielwaren', 'Spielwaren', 'Toys', 40),
    ('haushalt', 'Haushalt & Wohnen', 'Home & household', 50),
    ('elektronik', 'Elektronik', 'Electronics', 60),
    ('feinkost', 'Feinkost & Lebensmittel', 'Delicatessen', 70),
    ('drogerie', 'Drogerie & Gesundheit', 'Drugstore', 80),
    ('sport', 'Sport & Freizeit', 'Sport & leisure', 90);

-- A product is identified by its GTIN; in-store numbers are only unique within their merchant.
CREATE TABLE product (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    gtin         VARCHAR(14)   NULL,
    merchant_id  BIGINT        NULL COMMENT 'set for shop-local products that carry an in-store number or SKU',
    sku          VARCHAR(64)   NULL,
    title        VARCHAR(300)  NOT NULL,
    brand        VARCHAR(120)  NULL,
    category     VARCHAR(40)   NULL,
    description  TEXT          NULL,
    image_url    VARCHAR(500)  NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT product_gtin UNIQUE (gtin),
    CONSTRAINT product_merchant_sku UNIQUE (merchant_id, sku),
    CONSTRAINT product_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT product_category FOREIGN KEY (category) REFERENCES category (slug),
    CONSTRAINT product_identity CHECK (gtin IS NOT NULL OR (merchant_id IS NOT NULL AND sku IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One store's offer of one product. quantity is what the shop reports on hand; held is reserved
-- for click & collect and not yet picked up, so what can still be reserved is quantity - held.
CREATE TABLE offer (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id          BIGINT       NOT NULL,
    product_id        BIGINT       NOT NULL,
    sku               VARCHAR(64)  NULL,
    price_cents       BIGINT       NOT NULL,
    currency          CHAR(3)      NOT NULL DEFAULT 'EUR',
    quantity          INT          NOT NULL,
    held              INT          NOT NULL DEFAULT 0,
    stock_updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    source            VARCHAR(20)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT offer_store_product UNIQUE (store_id, product_id),
    CONSTRAINT offer_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT offer_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT offer_quantity CHECK (quantity >= 0),
    CONSTRAINT offer_held CHECK (held >= 0),
    CONSTRAINT offer_price CHECK (price_cents >= 0),
    INDEX offer_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
