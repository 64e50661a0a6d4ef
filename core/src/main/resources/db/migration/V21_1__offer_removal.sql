-- SPDX-License-Identifier: EUPL-1.2
-- A merchant may remove an offer from the portal once nothing of it is reserved. Reservation items keep their own
-- title, price and product, so a closed reservation's history survives the offer: its link becomes NULL.
ALTER TABLE reservation_item DROP FOREIGN KEY reservation_item_offer;
ALTER TABLE reservation_item MODIFY offer_id BIGINT NULL COMMENT 'NULL once the merchant removed the offer';
ALTER TABLE reservation_item ADD CONSTRAINT reservation_item_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
    ON DELETE SET NULL;
