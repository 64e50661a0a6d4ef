-- SPDX-License-Identifier: EUPL-1.2
-- How long a store needs to put reserved goods aside before a shopper can collect them, and the
-- moment from which each reservation can be collected (the store's next opening after that time).
-- Reservations made before this migration have no such moment and keep their hold as it was.
ALTER TABLE store ADD COLUMN preparation_minutes INT NOT NULL DEFAULT 30;
ALTER TABLE reservation ADD COLUMN ready_from TIMESTAMP(3) NULL DEFAULT NULL;
