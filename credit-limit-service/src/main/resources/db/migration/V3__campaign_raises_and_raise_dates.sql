-- Where a temporary raise came from (a credit officer, or a festival campaign), and whether its
-- start and its lapse are on the line's record yet: each is recorded once, when the business date
-- reaches the raise's first day and passes its last day.
ALTER TABLE temporary_raise
    ADD COLUMN source         text     NOT NULL DEFAULT 'OPS' CHECK (source IN ('OPS', 'CAMPAIGN')),
    ADD COLUMN campaign_id    text,
    ADD COLUMN campaign_name  text,
    ADD COLUMN start_recorded boolean  NOT NULL DEFAULT false,
    ADD COLUMN lapse_recorded boolean  NOT NULL DEFAULT false,
    ADD CHECK ((source = 'CAMPAIGN') = (campaign_id IS NOT NULL));

-- A campaign raises a customer's line once, however often its offer is delivered.
CREATE UNIQUE INDEX temporary_raise_campaign ON temporary_raise (customer_id, campaign_id);

-- Raises placed before this migration: what already happened by the stored business date is not
-- recorded again (the record starts now).
UPDATE temporary_raise
   SET start_recorded = COALESCE(starts_on <= (SELECT business_date FROM business_date WHERE id = 1), false),
       lapse_recorded = COALESCE(ends_on < (SELECT business_date FROM business_date WHERE id = 1), false);

-- The raises whose start or lapse is still to be recorded.
CREATE INDEX temporary_raise_dates_due ON temporary_raise (starts_on, ends_on)
    WHERE NOT (start_recorded AND lapse_recorded);

-- The decision on a campaign's offer (placed, capped or not placed) is one change of the line.
ALTER TABLE account_change ADD COLUMN campaign_id text;
CREATE UNIQUE INDEX account_change_campaign ON account_change (customer_id, campaign_id);
