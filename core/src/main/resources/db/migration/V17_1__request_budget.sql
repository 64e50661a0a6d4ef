-- SPDX-License-Identifier: EUPL-1.2
-- Requests counted per kind and client address in fixed windows, shared by every instance, so a
-- limit means the same behind a balancer with several instances as on one. Rows older than two
-- windows are deleted as new windows begin (RequestBudget).
CREATE TABLE request_budget (
    kind         VARCHAR(32)   NOT NULL,
    address      VARCHAR(64)   NOT NULL,
    window_start TIMESTAMP(3)  NOT NULL,
    expires_at   TIMESTAMP(3)  NOT NULL,
    hits         INT           NOT NULL,
    PRIMARY KEY (kind, address, window_start),
    KEY request_budget_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
