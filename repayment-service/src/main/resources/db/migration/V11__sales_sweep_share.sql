-- Merchant loans repaid from sales (issue 14): the share of each day's net sales swept to the plan,
-- absent for a plan repaid in fixed installments only.
ALTER TABLE plan ADD COLUMN sales_sweep_share numeric(5,4)
    CHECK (sales_sweep_share > 0 AND sales_sweep_share <= 1);
