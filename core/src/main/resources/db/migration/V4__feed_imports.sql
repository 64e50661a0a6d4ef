-- SPDX-License-Identifier: EUPL-1.2
CREATE TABLE feed_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id     BIGINT        NOT NULL,
    source          VARCHAR(20)   NOT NULL COMMENT 'UPLOAD, DROP_FOLDER, SFTP or API',
    format          VARCHAR(30)   NOT NULL,
    file_name       VARCHAR(255)  NULL,
    content_sha256  CHAR(64)      NULL,
    mode            VARCHAR(10)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    rows_read       INT           NOT NULL DEFAULT 0,
    rows_applied    INT           NOT NULL DEFAULT 0,
    rows_unchanged  INT           NOT NULL DEFAULT 0,
    rows_rejected   INT           NOT NULL DEFAULT 0,
    started_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    finished_at     TIMESTAMP(3)  NULL,
    message         VARCHAR(1000) NULL,
    CONSTRAINT feed_import_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    INDEX feed_import_hash (merchant_id, content_sha256),
    INDEX feed_import_started (merchant_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feed_rejected_row (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id    BIGINT        NOT NULL,
    line_number  INT           NOT NULL,
    column_name  VARCHAR(80)   NULL,
    value        VARCHAR(500)  NULL,
    reason       VARCHAR(300)  NOT NULL,
    CONSTRAINT feed_rejected_row_import FOREIGN KEY (import_id) REFERENCES feed_import (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How one merchant's POS export maps onto our fields; entered once, reused for every file.
CREATE TABLE feed_settings (
    merchant_id        BIGINT        NOT NULL PRIMARY KEY,
    format             VARCHAR(30)   NOT NULL,
    delimiter_char     CHAR(1)       NULL,
    charset            VARCHAR(20)   NULL,
    decimal_separator  CHAR(1)       NULL,
    column_mapping     TEXT          NULL COMMENT 'field=header pairs, one per line',
    reject_threshold   DECIMAL(4, 3) NOT NULL DEFAULT 0.200,
    CONSTRAINT feed_settings_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only a hash of the secret is kept; the prefix finds the key without a table scan.
CREATE TABLE api_key (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id   BIGINT       NOT NULL,
    prefix        CHAR(8)      NOT NULL,
    secret_sha256 CHAR(64)     NOT NULL,
    label         VARCHAR(80)  NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_used_at  TIMESTAMP(3) NULL,
    revoked_at    TIMESTAMP(3) NULL,
    CONSTRAINT api_key_prefix UNIQUE (prefix),
    CONSTRAINT api_key_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Remembers the answer to a request so a retried push or reservation is not applied twice.
CREATE TABLE idempotency_record (
    scope          VARCHAR(40)  NOT NULL,
    idem_key       VARCHAR(100) NOT NULL,
    request_sha256 CHAR(64)     NOT NULL,
    status_code    INT          NOT NULL,
    response_body  MEDIUMTEXT   NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (scope, idem_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
