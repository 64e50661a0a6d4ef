-- SPDX-License-Identifier: EUPL-1.2
-- One reservation belongs to one store; a bag with items of several shops becomes several.
CREATE TABLE reservation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id         BIGINT       NOT NULL,
    code             VARCHAR(12)  NOT NULL COMMENT 'short pickup code, unambiguous alphabet',
    token            CHAR(43)     NOT NULL COMMENT 'unguessable status-page token',
    status           VARCHAR(12)  NOT NULL,
    channel          VARCHAR(10)  NOT NULL COMMENT 'ONLINE, PHONE or COUNTER',
    customer_name    VARCHAR(120) NULL,
    customer_email   VARCHAR(200) NULL,
    customer_phone   VARCHAR(40)  NULL,
    created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    expires_at       TIMESTAMP(3) NOT NULL,
    confirmed_at     TIMESTAMP(3) NULL,
    ready_at         TIMESTAMP(3) NULL,
    collected_at     TIMESTAMP(3) NULL,
    cancelled_at     TIMESTAMP(3) NULL,
    cancelled_by     VARCHAR(10)  NULL,
    expired_at       TIMESTAMP(3) NULL,
    anonymised_at    TIMESTAMP(3) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT reservation_store FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT reservation_token UNIQUE (token),
    CONSTRAINT reservation_code UNIQUE (store_id, code),
    INDEX reservation_due (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reservation_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reservation_id  BIGINT       NOT NULL,
    offer_id        BIGINT       NOT NULL,
    product_id      BIGINT       NOT NULL,
    title           VARCHAR(300) NOT NULL,
    category        VARCHAR(40)  NULL,
    quantity        INT          NOT NULL,
    price_cents     BIGINT       NOT NULL,
    currency        CHAR(3)      NOT NULL,
    CONSTRAINT reservation_item_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id) ON DELETE CASCADE,
    CONSTRAINT reservation_item_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
    CONSTRAINT reservation_item_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outgoing messages; a worker sends and retries them, failures stay visible in the portal.
CREATE TABLE notification (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reservation_id   BIGINT        NULL,
    recipient        VARCHAR(200)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_error       VARCHAR(500)  NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    sent_at          TIMESTAMP(3)  NULL,
    CONSTRAINT notification_reservation FOREIGN KEY (reservation_id) REFERENCES reservation (id) ON DELETE SET NULL,
    INDEX notification_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
