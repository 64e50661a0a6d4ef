-- SPDX-License-Identifier: EUPL-1.2
-- The city's own settings are data, so another town runs Innenstadt by configuration alone.
CREATE TABLE city_settings (
    id                TINYINT       NOT NULL PRIMARY KEY,
    slug              VARCHAR(64)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    region_code       CHAR(2)       NOT NULL COMMENT 'Bundesland (ISO 3166-2:DE without DE-), selects the public holidays',
    time_zone         VARCHAR(40)   NOT NULL,
    map_center_lat    DECIMAL(9, 6) NOT NULL,
    map_center_lon    DECIMAL(9, 6) NOT NULL,
    map_zoom          TINYINT       NOT NULL,
    tile_url          VARCHAR(300)  NOT NULL,
    tile_attribution  VARCHAR(300)  NOT NULL,
    primary_color     CHAR(7)       NOT NULL,
    tagline_de        VARCHAR(300)  NOT NULL,
    tagline_en        VARCHAR(300)  NOT NULL,
    contact_email     VARCHAR(200)  NOT NULL,
    operator_name     VARCHAR(200)  NOT NULL,
    updated_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT city_settings_single_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Imprint, privacy notice and accessibility statement, editable per city and language.
CREATE TABLE city_page (
    slug        VARCHAR(40)  NOT NULL,
    locale      CHAR(2)      NOT NULL,
    title       VARCHAR(200) NOT NULL,
    body_html   MEDIUMTEXT   NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (slug, locale)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE merchant (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug                   VARCHAR(80)   NOT NULL,
    name                   VARCHAR(160)  NOT NULL,
    description            TEXT          NULL,
    category               VARCHAR(40)   NULL,
    email                  VARCHAR(200)  NULL,
    phone                  VARCHAR(40)   NULL,
    website                VARCHAR(300)  NULL,
    feed_mode              VARCHAR(10)   NOT NULL DEFAULT 'DELTA',
    feed_interval_minutes  INT           NULL COMMENT 'expected feed interval; NULL when the merchant sends no feed',
    hold_hours             INT           NOT NULL DEFAULT 48,
    active                 BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at             TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT merchant_slug UNIQUE (slug),
    CONSTRAINT merchant_feed_mode CHECK (feed_mode IN ('FULL', 'DELTA')),
    CONSTRAINT merchant_hold_hours CHECK (hold_hours BETWEEN 1 AND 720)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE store (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    merchant_id     BIGINT        NOT NULL,
    code            VARCHAR(50)   NOT NULL COMMENT 'the store code merchants use in their feeds',
    name            VARCHAR(160)  NOT NULL,
    street          VARCHAR(160)  NOT NULL,
    house_number    VARCHAR(20)   NOT NULL,
    postal_code     VARCHAR(10)   NOT NULL,
    city            VARCHAR(120)  NOT NULL,
    lat             DECIMAL(9, 6) NOT NULL,
    lon             DECIMAL(9, 6) NOT NULL,
    phone           VARCHAR(40)   NULL,
    email           VARCHAR(200)  NULL,
    pickup_enabled  BOOLEAN       NOT NULL DEFAULT TRUE,
    pickup_note     VARCHAR(300)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT store_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT store_code UNIQUE (merchant_id, code),
    CONSTRAINT store_lat CHECK (lat BETWEEN -90 AND 90),
    CONSTRAINT store_lon CHECK (lon BETWEEN -180 AND 180)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Regular weekly hours; several rows per day model a lunch break. closes < opens spans midnight.
CREATE TABLE opening_hours (
    id           BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id     BIGINT   NOT NULL,
    day_of_week  TINYINT  NOT NULL COMMENT '1 = Monday … 7 = Sunday (ISO 8601)',
    opens        TIME     NOT NULL,
    closes       TIME     NOT NULL,
    CONSTRAINT opening_hours_store FOREIGN KEY (store_id) REFERENCES store (id) ON DELETE CASCADE,
    CONSTRAINT opening_hours_day CHECK (day_of_week BETWEEN 1 AND 7)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Exceptions override the weekly hours of one date: closed (no times) or other hours.
CREATE TABLE opening_exception (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    store_id  BIGINT       NOT NULL,
    day       DATE         NOT NULL,
    opens     TIME         NULL,
    closes    TIME         NULL,
    note      VARCHAR(200) NULL,
    CONSTRAINT opening_exception_store FOREIGN KEY (store_id) REFERENCES store (id) ON DELETE CASCADE,
    CONSTRAINT opening_exception_times CHECK ((opens IS NULL) = (closes IS NULL)),
    INDEX opening_exception_day (store_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
