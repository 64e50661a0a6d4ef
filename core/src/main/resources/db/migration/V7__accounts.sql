-- SPDX-License-Identifier: EUPL-1.2
CREATE TABLE user_account (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(120)  NOT NULL,
    email            VARCHAR(200)  NOT NULL,
    display_name     VARCHAR(160)  NOT NULL,
    password_hash    VARCHAR(400)  NULL COMMENT 'PBKDF2; NULL until an invited user sets a password',
    role             VARCHAR(20)   NOT NULL,
    merchant_id      BIGINT        NULL,
    enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    failed_logins    INT           NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP(3)  NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    last_login_at    TIMESTAMP(3)  NULL,
    CONSTRAINT user_account_username UNIQUE (username),
    CONSTRAINT user_account_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id),
    CONSTRAINT user_account_role CHECK (role IN ('merchant', 'city-manager', 'admin')),
    CONSTRAINT user_account_merchant_role CHECK ((role = 'merchant') = (merchant_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One-time links for invitations and password resets; only a hash of the token is stored.
CREATE TABLE account_token (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    purpose        VARCHAR(10)  NOT NULL COMMENT 'INVITE or RESET',
    token_sha256   CHAR(64)     NOT NULL,
    expires_at     TIMESTAMP(3) NOT NULL,
    used_at        TIMESTAMP(3) NULL,
    CONSTRAINT account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT account_token_hash UNIQUE (token_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
