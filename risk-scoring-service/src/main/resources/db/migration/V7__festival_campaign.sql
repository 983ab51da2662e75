-- What a festival campaign's segment reads of a customer besides the grade of record: the line's
-- status as credit-limit last told it (absent: ACTIVE, as every line opens) and the latest
-- behaviour score.
ALTER TABLE customer_behaviour
    ADD COLUMN line_status     text,
    ADD COLUMN behaviour_score integer;

-- Festival campaigns (618, Double 11): a segment, a dated temporary raise, who launched it and why.
CREATE TABLE campaign (
    campaign_id             uuid          PRIMARY KEY,
    name                    text          NOT NULL UNIQUE,
    grades                  text          NOT NULL,
    minimum_behaviour_score integer,
    minimum_months_on_book  integer       NOT NULL,
    raise_percent           numeric(5,2),
    raise_amount            numeric(19,2),
    starts_on               date          NOT NULL,
    ends_on                 date          NOT NULL,
    launched_by             text          NOT NULL,
    reason                  text          NOT NULL,
    launched_on             date          NOT NULL,
    launched_at             timestamptz   NOT NULL,
    CHECK ((raise_percent IS NULL) <> (raise_amount IS NULL)),
    CHECK (ends_on >= starts_on)
);

-- One offer per campaign and customer, whatever the retries.
CREATE TABLE campaign_offer (
    campaign_id  uuid  NOT NULL REFERENCES campaign (campaign_id),
    customer_id  text  NOT NULL,
    PRIMARY KEY (campaign_id, customer_id)
);
