-- Merchant loans (issue 14): the merchant's profile and daily sales as it reported them (a day sent
-- again replaces that day), and the decisions on its applications for a line.
CREATE TABLE merchant_profile (
    merchant_id  text         PRIMARY KEY,
    name         text         NOT NULL,
    onboarded_on date         NOT NULL,
    category     text         NOT NULL,
    updated_at   timestamptz  NOT NULL
);

CREATE TABLE merchant_daily_sales (
    merchant_id  text           NOT NULL,
    sales_date   date           NOT NULL,
    gross_sales  numeric(19,2)  NOT NULL CHECK (gross_sales >= 0),
    orders       integer        NOT NULL CHECK (orders >= 0),
    refunds      numeric(19,2)  NOT NULL CHECK (refunds >= 0),
    rating       numeric(2,1)   NOT NULL CHECK (rating BETWEEN 0 AND 5),
    reported_at  timestamptz    NOT NULL,
    PRIMARY KEY (merchant_id, sales_date)
);

CREATE TABLE merchant_line_decision (
    decision_id       uuid           PRIMARY KEY,
    merchant_id       text           NOT NULL,
    approved          boolean        NOT NULL,
    score             integer        NOT NULL,
    grade             text           NOT NULL,
    line_limit        numeric(19,2)  NOT NULL,
    net_sales         numeric(19,2)  NOT NULL,
    reasons           text           NOT NULL,
    sales_trend       double precision,
    stability         double precision,
    refund_rate       double precision,
    tenure_months     integer        NOT NULL,
    average_rating    double precision,
    active_days_share double precision NOT NULL,
    model_id          text           NOT NULL,
    model_version     integer        NOT NULL,
    model_origin      text           NOT NULL,
    decided_on        date           NOT NULL,
    decided_at        timestamptz    NOT NULL
);
CREATE INDEX merchant_line_decision_merchant ON merchant_line_decision (merchant_id, decided_at DESC);
