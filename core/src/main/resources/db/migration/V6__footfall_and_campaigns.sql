-- SPDX-License-Identifier: EUPL-1.2
CREATE TABLE footfall_location (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    external_id  VARCHAR(64)   NOT NULL,
    name         VARCHAR(160)  NOT NULL,
    lat          DECIMAL(9, 6) NULL,
    lon          DECIMAL(9, 6) NULL,
    CONSTRAINT footfall_location_external UNIQUE (external_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One counter hour (UTC start). A missing row is a gap; unverified hours are kept and flagged.
CREATE TABLE footfall_count (
    location_id   BIGINT       NOT NULL,
    hour_start    DATETIME     NOT NULL,
    pedestrians   INT          NOT NULL,
    left_to_right INT          NULL,
    right_to_left INT          NULL,
    adults        INT          NULL,
    children      INT          NULL,
    temperature   DECIMAL(4, 1) NULL,
    weather       VARCHAR(30)  NULL,
    unverified    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (location_id, hour_start),
    CONSTRAINT footfall_count_location FOREIGN KEY (location_id) REFERENCES footfall_location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(160)  NOT NULL,
    kind         VARCHAR(20)   NOT NULL COMMENT 'CAMPAIGN, EVENT or LATE_OPENING',
    description  TEXT          NULL,
    starts_at    TIMESTAMP(3)  NOT NULL,
    ends_at      TIMESTAMP(3)  NOT NULL,
    public       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT campaign_period CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_location (
    campaign_id  BIGINT NOT NULL,
    location_id  BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, location_id),
    CONSTRAINT campaign_location_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT campaign_location_location FOREIGN KEY (location_id) REFERENCES footfall_location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_merchant (
    campaign_id  BIGINT NOT NULL,
    merchant_id  BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, merchant_id),
    CONSTRAINT campaign_merchant_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id) ON DELETE CASCADE,
    CONSTRAINT campaign_merchant_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Searches are counted without anything about the person: the query text and the time only.
CREATE TABLE search_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    query        VARCHAR(200)  NOT NULL,
    hits         INT           NOT NULL,
    occurred_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    INDEX search_log_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
