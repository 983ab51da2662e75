-- What risk-scoring knows of each customer's behaviour, kept from the platform's events.
CREATE TABLE customer_behaviour (
    customer_id           text          PRIMARY KEY,
    line_opened_on        date,
    credit_limit          numeric(19,2) NOT NULL DEFAULT 0,
    outstanding_principal numeric(19,2) NOT NULL DEFAULT 0,
    plans                 integer       NOT NULL DEFAULT 0,
    refunds               integer       NOT NULL DEFAULT 0,
    payments              integer       NOT NULL DEFAULT 0,
    paid                  numeric(19,2) NOT NULL DEFAULT 0,
    on_time_streak        integer       NOT NULL DEFAULT 0,
    days_past_due         integer       NOT NULL DEFAULT 0,
    changed_on            date          NOT NULL,
    pending_rescore       boolean       NOT NULL DEFAULT true,
    rescored_on           date,
    version               bigint        NOT NULL DEFAULT 0
);

-- The worst days past due of each calendar month, for the worst over 6 and 12 months.
CREATE TABLE behaviour_month (
    customer_id  text    NOT NULL REFERENCES customer_behaviour (customer_id),
    month        date    NOT NULL,
    worst_days_past_due integer NOT NULL,
    PRIMARY KEY (customer_id, month)
);

-- The customers to re-score: changed since they were last scored.
CREATE INDEX customer_behaviour_pending ON customer_behaviour (customer_id) WHERE pending_rescore;
