-- SPDX-License-Identifier: EUPL-1.2
-- An hour in which the counter operator reports an incident (hystreet: „Laserausfall“). The hour has
-- no row in footfall_count, so every figure treats it as the gap it is; this row says why.
CREATE TABLE footfall_outage (
    location_id BIGINT       NOT NULL,
    hour_start  DATETIME     NOT NULL COMMENT 'UTC',
    reason      VARCHAR(160) NOT NULL,
    PRIMARY KEY (location_id, hour_start),
    CONSTRAINT footfall_outage_location FOREIGN KEY (location_id) REFERENCES footfall_location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
