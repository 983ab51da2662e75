-- Write-ahead intents for the two steps that call the credit line before recording locally.
-- An authorisation is saved as AUTHORISING before its hold is placed; a capture's intent is saved
-- before the line is told. If the process dies in between, recovery finishes or undoes the step,
-- so no hold and no captured principal is ever left without its order or plan.
CREATE TABLE capture_intent (
    capture_id          text          PRIMARY KEY,
    order_id            text          NOT NULL REFERENCES financed_order (order_id),
    amount              numeric(19,2) NOT NULL CHECK (amount > 0),
    method              text          NOT NULL,
    installment_count   integer       NOT NULL,
    merchant_subsidised boolean       NOT NULL,
    capture_date        date          NOT NULL,
    created_at          timestamptz   NOT NULL,
    completed_at        timestamptz
);

CREATE INDEX capture_intent_open ON capture_intent (created_at) WHERE completed_at IS NULL;
CREATE INDEX financed_order_authorising ON financed_order (authorised_at) WHERE status = 'AUTHORISING';
