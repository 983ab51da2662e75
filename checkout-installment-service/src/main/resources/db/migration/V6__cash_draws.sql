-- Cash draws (docs/products.md): a customer's bank accounts for payouts, the draws, and the local
-- stand-in payout provider's instructions.

-- The account number and the holder's name are personal data: only sealed (AES-256-GCM, IV in front)
-- here; the last four digits for the masked form and a keyed HMAC of the number to refuse a twin.
CREATE TABLE bank_account (
    bank_account_id        uuid          PRIMARY KEY,
    customer_id            text          NOT NULL,
    bank_name              text          NOT NULL,
    account_number_sealed  bytea         NOT NULL,
    holder_name_sealed     bytea         NOT NULL,
    last_four              text          NOT NULL CHECK (last_four ~ '^[0-9]{4}$'),
    number_fingerprint     bytea         NOT NULL,
    registered_at          timestamptz   NOT NULL,
    UNIQUE (customer_id, number_fingerprint)
);

CREATE INDEX bank_account_customer ON bank_account (customer_id, registered_at);

CREATE TABLE cash_draw (
    draw_id            uuid          PRIMARY KEY,
    idempotency_key    text          NOT NULL,
    customer_id        text          NOT NULL,
    bank_account_id    uuid          NOT NULL REFERENCES bank_account (bank_account_id),
    amount             numeric(19,2) NOT NULL CHECK (amount > 0),
    installment_count  int           NOT NULL CHECK (installment_count > 0),
    method             text          NOT NULL,
    grade              text          NOT NULL,
    daily_rate         numeric(10,6) NOT NULL CHECK (daily_rate >= 0),
    status             text          NOT NULL CHECK (status IN ('REQUESTED', 'PAID', 'FAILED')),
    hold_placed        boolean       NOT NULL,
    payout_paid        boolean,
    failure_reason     text,
    payout_date        date,
    plan_id            uuid,
    nominal_apr        numeric(9,4),
    requested_at       timestamptz   NOT NULL,
    answered_at        timestamptz,
    settled_at         timestamptz,
    version            bigint        NOT NULL DEFAULT 0,
    UNIQUE (customer_id, idempotency_key),
    CHECK ((status = 'PAID') = (plan_id IS NOT NULL)),
    CHECK (status = 'REQUESTED' OR payout_paid IS NOT NULL)
);

CREATE INDEX cash_draw_customer ON cash_draw (customer_id, requested_at);
CREATE INDEX cash_draw_unfinished ON cash_draw (requested_at) WHERE status = 'REQUESTED';

-- The local stand-in payout provider: an instruction recorded with the hold, confirmed as paid by a
-- scheduled job once older than its delay (a real provider answers through the admin endpoint).
CREATE TABLE cash_payout_instruction (
    draw_id          uuid          PRIMARY KEY REFERENCES cash_draw (draw_id),
    bank_account_id  uuid          NOT NULL REFERENCES bank_account (bank_account_id),
    amount           numeric(19,2) NOT NULL,
    instructed_at    timestamptz   NOT NULL,
    answered_at      timestamptz
);

CREATE INDEX cash_payout_instruction_waiting ON cash_payout_instruction (instructed_at) WHERE answered_at IS NULL;
