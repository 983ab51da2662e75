-- Merchant draws (docs/products.md, merchant loans): a draw is of a product, CASH (a consumer's line
-- to one of the customer's bank accounts) or MERCHANT (a merchant's line, under its borrower id
-- 'mch-<merchantId>', to the merchant's settlement account). A merchant draw has no bank account and
-- may carry the share of daily sales swept to its plan.
ALTER TABLE cash_draw
    ADD COLUMN product           text         NOT NULL DEFAULT 'CASH' CHECK (product IN ('CASH', 'MERCHANT')),
    ADD COLUMN merchant_id       text,
    ADD COLUMN sales_sweep_share numeric(3,2) CHECK (sales_sweep_share > 0 AND sales_sweep_share < 1),
    ALTER COLUMN bank_account_id DROP NOT NULL,
    ADD CONSTRAINT cash_draw_one_destination CHECK (
        (product = 'CASH' AND bank_account_id IS NOT NULL AND merchant_id IS NULL AND sales_sweep_share IS NULL)
        OR (product = 'MERCHANT' AND bank_account_id IS NULL AND merchant_id IS NOT NULL));

CREATE INDEX cash_draw_merchant ON cash_draw (merchant_id, requested_at) WHERE merchant_id IS NOT NULL;

-- The instruction names where the money goes: the customer's bank account, or the merchant whose
-- settlement account (kept in the merchant register) is paid.
ALTER TABLE cash_payout_instruction
    ADD COLUMN merchant_id text,
    ALTER COLUMN bank_account_id DROP NOT NULL,
    ADD CONSTRAINT cash_payout_instruction_one_destination CHECK ((bank_account_id IS NULL) <> (merchant_id IS NULL));
