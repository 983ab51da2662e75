-- Partner platforms and their API keys. A key's secret is never stored: only its SHA-256 (the
-- secrets are 256 random bits, so a fast hash is enough; there is nothing to brute-force).
CREATE TABLE partner (
    partner_id  varchar(64) PRIMARY KEY,
    name        varchar(200) NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  varchar(100) NOT NULL
);

CREATE TABLE api_key (
    key_id               varchar(32) PRIMARY KEY,
    partner_id           varchar(64) NOT NULL REFERENCES partner (partner_id),
    secret_hash          char(64) NOT NULL,
    scopes               text NOT NULL,
    requests_per_minute  integer NOT NULL CHECK (requests_per_minute > 0),
    created_at           timestamptz NOT NULL,
    created_by           varchar(100) NOT NULL,
    -- set when the key is rotated: it stays valid until then, beside its successor
    expires_at           timestamptz,
    replaced_by          varchar(32),
    revoked_at           timestamptz,
    revoked_by           varchar(100)
);
CREATE INDEX api_key_partner ON api_key (partner_id);

-- Token buckets every gateway replica shares: one row per caller.
CREATE TABLE rate_limit_bucket (
    bucket_key    varchar(200) PRIMARY KEY,
    tokens        numeric(12, 4) NOT NULL,
    refreshed_at  timestamptz NOT NULL
);

-- Every admin request that changes something: who, what, when, why, and how it ended.
CREATE TABLE admin_audit (
    audit_id        bigserial PRIMARY KEY,
    at              timestamptz NOT NULL,
    actor           varchar(100) NOT NULL,
    roles           varchar(200) NOT NULL,
    method          varchar(10) NOT NULL,
    path            varchar(500) NOT NULL,
    reason          varchar(500) NOT NULL,
    correlation_id  varchar(100),
    status          integer
);
CREATE INDEX admin_audit_at ON admin_audit (at);
