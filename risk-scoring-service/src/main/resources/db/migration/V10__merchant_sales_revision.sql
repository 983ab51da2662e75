-- Merchant loans repaid from sales (issue 14): each day's report counts its revisions, 1 for the
-- first report and one more for each replacement, so repayment can tell a correction from a replay.
ALTER TABLE merchant_daily_sales ADD COLUMN revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1);
