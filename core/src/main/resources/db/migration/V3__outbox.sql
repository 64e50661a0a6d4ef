-- SPDX-License-Identifier: EUPL-1.2
-- Written in the same transaction as the change it announces; the relay turns each row into an
-- index update and deletes it, so nothing is lost while Elasticsearch is away.
CREATE TABLE outbox (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    aggregate     VARCHAR(20)  NOT NULL COMMENT 'PRODUCT or STORE',
    aggregate_id  BIGINT       NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
