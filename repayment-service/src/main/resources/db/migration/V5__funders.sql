-- Funders and joint lending (docs/funding.md).
CREATE TABLE funder (
    funder_id               text          PRIMARY KEY,
    name                    text          NOT NULL,
    kind                    text          NOT NULL CHECK (kind IN ('BANK', 'CONSUMER_FINANCE')),
    status                  text          NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    priority                integer       NOT NULL,
    grades                  text          NOT NULL,
    minimum_installments    integer       NOT NULL CHECK (minimum_installments >= 1),
    maximum_installments    integer       NOT NULL CHECK (maximum_installments >= minimum_installments),
    minimum_share           numeric(7,6)  NOT NULL CHECK (minimum_share > 0),
    maximum_share           numeric(7,6)  NOT NULL CHECK (maximum_share >= minimum_share AND maximum_share < 1),
    exposure_cap            numeric(19,2) NOT NULL CHECK (exposure_cap >= 0),
    daily_quota             numeric(19,2) NOT NULL CHECK (daily_quota >= 0),
    yield_rate              numeric(9,6)  NOT NULL CHECK (yield_rate >= 0),
    settlement_account      text          NOT NULL,
    outstanding_principal   numeric(19,2) NOT NULL DEFAULT 0 CHECK (outstanding_principal >= 0),
    registered_at           timestamptz   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0
);

-- What each funder funded on each business date, against its daily quota.
CREATE TABLE funder_daily_funding (
    funder_id               text          NOT NULL REFERENCES funder (funder_id),
    business_date           date          NOT NULL,
    funded                  numeric(19,2) NOT NULL CHECK (funded >= 0),
    PRIMARY KEY (funder_id, business_date)
);

-- Each plan's holders and their shares, fixed when the plan opens; the principal each holds now.
CREATE TABLE plan_funding (
    plan_id                 uuid          NOT NULL REFERENCES plan (plan_id),
    holder                  text          NOT NULL,
    share                   numeric(7,6)  NOT NULL CHECK (share > 0 AND share <= 1),
    funded_principal        numeric(19,2) NOT NULL CHECK (funded_principal >= 0),
    outstanding_principal   numeric(19,2) NOT NULL CHECK (outstanding_principal >= 0),
    PRIMARY KEY (plan_id, holder)
);
