-- SPDX-License-Identifier: EUPL-1.2
-- The relay takes along younger rows naming the products it is about to index; without this index
-- that lookup scanned (and briefly locked) the whole tail of the outbox for every batch.
CREATE INDEX outbox_by_aggregate ON outbox (aggregate, aggregate_id, id);
