-- Merchants and their subsidy agreements (docs/merchants.md): only an enrolled merchant's agreement
-- in force makes a plan 0% for the customer, and every plan of a merchant's order records the
-- merchant discount (principal x the merchant discount rate at capture, HALF_UP to the fen).
CREATE TABLE merchant (
    merchant_id         text          PRIMARY KEY CHECK (merchant_id ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$'),
    name                text          NOT NULL,
    status              text          NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    discount_rate       numeric(7,6)  NOT NULL CHECK (discount_rate >= 0 AND discount_rate <= 0.05),
    settlement_account  text          NOT NULL,
    registered_at       timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0
);

-- What a merchant agreed to subsidise: the installment counts, the business dates (inclusive; no
-- end date: until ended), and at most what principal per plan (NULL: any).
CREATE TABLE subsidy_agreement (
    agreement_id        uuid          PRIMARY KEY,
    merchant_id         text          NOT NULL REFERENCES merchant (merchant_id),
    installment_counts  text          NOT NULL CHECK (installment_counts ~ '^[0-9]+(,[0-9]+)*$'),
    valid_from          date          NOT NULL,
    valid_to            date,
    maximum_principal   numeric(19,2) CHECK (maximum_principal > 0),
    status              text          NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    ended_on            date,
    created_at          timestamptz   NOT NULL,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((status = 'ENDED') = (ended_on IS NOT NULL))
);

CREATE INDEX subsidy_agreement_merchant ON subsidy_agreement (merchant_id, valid_from);

-- Every change to a merchant or its agreements: who, why, what, when (the gateway's audit log has
-- the request too, joined by the correlation id).
CREATE TABLE merchant_change (
    change_id           bigserial     PRIMARY KEY,
    merchant_id         text          NOT NULL REFERENCES merchant (merchant_id),
    action              text          NOT NULL,
    detail              text          NOT NULL,
    actor               text          NOT NULL,
    reason              text          NOT NULL,
    changed_at          timestamptz   NOT NULL
);

CREATE INDEX merchant_change_merchant ON merchant_change (merchant_id, changed_at DESC);

-- The seller of an order (NULL: the platform's own store) and, on each plan, the discount rate it
-- was captured at and the discount it gives. Older plans had no merchant: no discount.
ALTER TABLE financed_order ADD COLUMN merchant_id text REFERENCES merchant (merchant_id);
ALTER TABLE plan ADD COLUMN merchant_id text REFERENCES merchant (merchant_id);
ALTER TABLE plan ADD COLUMN merchant_discount_rate numeric(7,6);
ALTER TABLE plan ADD COLUMN merchant_discount numeric(19,2) NOT NULL DEFAULT 0;
ALTER TABLE plan ADD CONSTRAINT plan_merchant_discount CHECK ((merchant_id IS NULL) = (merchant_discount_rate IS NULL));
ALTER TABLE capture_intent ADD COLUMN merchant_discount_rate numeric(7,6);
