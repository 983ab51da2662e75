CREATE TABLE credit_account (
    customer_id       text          PRIMARY KEY,
    status            text          NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'DELINQUENT', 'CLOSED')),
    permanent_limit   numeric(19,2) NOT NULL CHECK (permanent_limit >= 0),
    outstanding       numeric(19,2) NOT NULL DEFAULT 0 CHECK (outstanding >= 0),
    held              numeric(19,2) NOT NULL DEFAULT 0 CHECK (held >= 0),
    grade             text          NOT NULL,
    opened_at         timestamptz   NOT NULL,
    version           bigint        NOT NULL DEFAULT 0
);

-- Every change of limit or status: who or what made it and why.
CREATE TABLE account_change (
    change_id         uuid          PRIMARY KEY,
    customer_id       text          NOT NULL REFERENCES credit_account (customer_id),
    kind              text          NOT NULL,
    old_limit         numeric(19,2),
    new_limit         numeric(19,2),
    old_status        text,
    new_status        text,
    actor             text          NOT NULL,
    reason            text          NOT NULL,
    changed_at        timestamptz   NOT NULL
);

CREATE INDEX account_change_customer ON account_change (customer_id, changed_at);
