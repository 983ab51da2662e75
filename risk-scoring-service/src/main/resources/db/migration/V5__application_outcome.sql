-- How each approved application turned out (docs/risk-model.md, "Outcomes"): labelled once known.
ALTER TABLE credit_application
    ADD COLUMN outcome    text CHECK (outcome IN ('GOOD', 'BAD', 'INDETERMINATE')),
    ADD COLUMN outcome_on date;

CREATE INDEX credit_application_unlabelled ON credit_application (decided_at)
    WHERE decision = 'APPROVED' AND outcome IS NULL;

ALTER TABLE customer_behaviour ADD COLUMN charged_off_on date;
