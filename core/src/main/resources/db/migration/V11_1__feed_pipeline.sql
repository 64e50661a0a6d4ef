-- SPDX-License-Identifier: EUPL-1.2
-- The import pipeline keeps its place in the import record, in the same transaction as each applied
-- batch, so an import interrupted by a crash is resumed from there instead of applied twice.
ALTER TABLE feed_import
    ADD COLUMN phase          VARCHAR(12)  NOT NULL DEFAULT 'RECEIVED' COMMENT 'RECEIVED, VALIDATING, APPLYING, DONE',
    ADD COLUMN lines_total    INT          NULL COMMENT 'lines of the feed, known after validation',
    ADD COLUMN lines_done     INT          NOT NULL DEFAULT 0 COMMENT 'checkpoint: lines applied and committed',
    ADD COLUMN offers_zeroed  INT          NOT NULL DEFAULT 0 COMMENT 'offers a full feed set to 0 as missing',
    ADD INDEX feed_import_status (status);

-- Where a merchant's feeds come from and how often; the merchant keeps feed_mode and feed_interval_minutes.
ALTER TABLE feed_settings
    MODIFY COLUMN format VARCHAR(30) NULL;
