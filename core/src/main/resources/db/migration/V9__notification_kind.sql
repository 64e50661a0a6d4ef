-- SPDX-License-Identifier: EUPL-1.2
-- Who a message is for and what it reports, so that "resend" can replace the shopper's unsent
-- messages of a reservation without touching the merchant's, and the portal can say what failed.
ALTER TABLE notification
    ADD COLUMN audience VARCHAR(10) NULL COMMENT 'SHOPPER or MERCHANT' AFTER reservation_id,
    ADD COLUMN kind     VARCHAR(40) NULL COMMENT 'what the message reports, e.g. reservation.confirmed' AFTER audience;
