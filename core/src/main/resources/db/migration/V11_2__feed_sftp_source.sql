-- SPDX-License-Identifier: EUPL-1.2
-- A merchant's SFTP server that Innenstadt polls for feed files. The password is needed to log in and
-- so is stored as given: restrict access to this table (see docs/feed-import.md).
CREATE TABLE feed_sftp_source (
    merchant_id   BIGINT        NOT NULL PRIMARY KEY,
    host          VARCHAR(255)  NOT NULL,
    port          INT           NOT NULL DEFAULT 22,
    remote_path   VARCHAR(500)  NOT NULL DEFAULT '.',
    username      VARCHAR(100)  NOT NULL,
    password      VARCHAR(200)  NOT NULL,
    poll_seconds  INT           NOT NULL DEFAULT 300,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT feed_sftp_source_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT feed_sftp_source_port CHECK (port BETWEEN 1 AND 65535),
    CONSTRAINT feed_sftp_source_poll CHECK (poll_seconds >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
