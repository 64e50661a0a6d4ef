-- SPDX-License-Identifier: EUPL-1.2
-- The per-contact limit counts a contact's recent reservations on every new one; without these
-- indexes that count scanned the whole table (the reservation benchmark showed it growing with it).
CREATE INDEX reservation_email_time ON reservation (customer_email, created_at);
CREATE INDEX reservation_phone_time ON reservation (customer_phone, created_at);
