-- SPDX-License-Identifier: EUPL-1.2
-- What an import says (its message, each rejected row's reason) is stored as a code with its details, so
-- that every reader gets it in their own language (FeedText). The English text stays beside it for people
-- reading the database; rows from before keep only that text and are shown as written.
ALTER TABLE feed_import
    ADD COLUMN message_code VARCHAR(40) NULL AFTER message,
    ADD COLUMN message_details VARCHAR(2000) NULL AFTER message_code;
ALTER TABLE feed_rejected_row
    ADD COLUMN reason_code VARCHAR(40) NULL AFTER reason,
    ADD COLUMN reason_details VARCHAR(2000) NULL AFTER reason_code;
