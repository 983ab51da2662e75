-- repayment-service decides the charge-off and collections follows it: a case records the
-- principal and the fees written off (charged_off_amount is their sum). Cases charged off before
-- by collections itself have neither: only the overdue amount was known then.
ALTER TABLE collection_case
    ADD COLUMN charged_off_principal numeric(19,2) CHECK (charged_off_principal >= 0),
    ADD COLUMN charged_off_fees      numeric(19,2) CHECK (charged_off_fees >= 0);
