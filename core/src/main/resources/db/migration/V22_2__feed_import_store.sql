-- SPDX-License-Identifier: EUPL-1.2
-- A till export of one store often has no store column. The merchant names the store when uploading it; the
-- import keeps that choice, so a resumed import and the duplicate check know it too.
ALTER TABLE feed_import
    ADD COLUMN store_id BIGINT NULL COMMENT 'the store lines without a store code are for; NULL: the file names its stores' AFTER merchant_id,
    ADD CONSTRAINT feed_import_store FOREIGN KEY (store_id) REFERENCES store (id) ON DELETE SET NULL;
