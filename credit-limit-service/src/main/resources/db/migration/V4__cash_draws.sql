-- What a hold is for: an order's goods (PURCHASE, every hold before this migration) or a cash draw
-- paid out to the customer's bank account (CASH).
ALTER TABLE hold
    ADD COLUMN purpose text NOT NULL DEFAULT 'PURCHASE' CHECK (purpose IN ('PURCHASE', 'CASH'));

-- The cash part of a line: principal owed on cash draws and cash held for draws not yet paid out,
-- both inside the line's own outstanding and held.
ALTER TABLE credit_account
    ADD COLUMN cash_outstanding numeric(19,2) NOT NULL DEFAULT 0 CHECK (cash_outstanding >= 0),
    ADD COLUMN cash_held        numeric(19,2) NOT NULL DEFAULT 0 CHECK (cash_held >= 0),
    ADD CHECK (cash_outstanding <= outstanding),
    ADD CHECK (cash_held <= held);
