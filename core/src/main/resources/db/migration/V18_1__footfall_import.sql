-- SPDX-License-Identifier: EUPL-1.2
-- One counts file read (portal upload or drop folder): what it stored, and each row it refused with
-- its line, column, value and reason, so the city manager can fix the file instead of reading logs.
CREATE TABLE footfall_import (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source            VARCHAR(20)   NOT NULL COMMENT 'UPLOAD or DROP_FOLDER',
    file_name         VARCHAR(255)  NOT NULL,
    username          VARCHAR(120)  NULL COMMENT 'who uploaded it; NULL for the drop folder',
    status            VARCHAR(20)   NOT NULL COMMENT 'STORED or REFUSED',
    rows_read         INT           NOT NULL DEFAULT 0,
    hours_stored      INT           NOT NULL DEFAULT 0,
    outage_hours      INT           NOT NULL DEFAULT 0,
    rows_rejected     INT           NOT NULL DEFAULT 0,
    locations_created INT           NOT NULL DEFAULT 0,
    first_hour        DATETIME      NULL COMMENT 'UTC',
    last_hour         DATETIME      NULL COMMENT 'UTC',
    problem           VARCHAR(40)   NULL COMMENT 'why the whole file was refused',
    problem_detail    VARCHAR(500)  NULL,
    started_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    finished_at       TIMESTAMP(3)  NULL,
    INDEX footfall_import_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE footfall_rejected_row (
    import_id    BIGINT        NOT NULL,
    line_number  INT           NOT NULL,
    problem      VARCHAR(40)   NOT NULL,
    column_name  VARCHAR(80)   NULL,
    value        VARCHAR(200)  NULL,
    CONSTRAINT footfall_rejected_row_import FOREIGN KEY (import_id) REFERENCES footfall_import (id) ON DELETE CASCADE,
    INDEX footfall_rejected_row_line (import_id, line_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
