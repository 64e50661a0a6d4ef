-- SPDX-License-Identifier: EUPL-1.2
-- Failed logins counted per login name and client address, shared by every instance. A stranger's
-- guesses slow down the stranger, not the owner logging in from elsewhere; names with and without
-- an account are counted alike. The name '' holds one address's failures over all names.
CREATE TABLE login_failure (
    name_key        VARCHAR(190)  NOT NULL,
    address         VARCHAR(64)   NOT NULL,
    failures        INT           NOT NULL,
    last_failure_at TIMESTAMP(3)  NOT NULL,
    blocked_until   TIMESTAMP(3)  NULL,
    PRIMARY KEY (name_key, address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN locked_until;
