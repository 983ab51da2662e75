-- Partner platforms (issue 5). An order records the partner that placed it (NULL: the shop).
ALTER TABLE financed_order ADD COLUMN partner_id text;
CREATE INDEX financed_order_partner ON financed_order (partner_id, authorised_at DESC) WHERE partner_id IS NOT NULL;

-- How much of a plan's principal repayment-service has taken off (repayments and refunds as it
-- applied them, from PrincipalReduced): tells checkout when a partner's plan is paid off. Plans
-- from before this migration start at zero; no partner plan existed then.
ALTER TABLE plan ADD COLUMN principal_reduced numeric(19,2) NOT NULL DEFAULT 0;
ALTER TABLE plan ADD CONSTRAINT plan_principal_reduced_within CHECK (principal_reduced <= principal);

-- A customer's consent to link their credit line to a partner: when, what for, who recorded it,
-- and its withdrawal. Rows are never deleted or reused: a new grant after a withdrawal is a new row,
-- so the table is the consent history. At most one active link per customer and partner.
CREATE TABLE partner_link (
    link_id             uuid          PRIMARY KEY,
    customer_id         text          NOT NULL,
    partner_id          text          NOT NULL,
    purpose             text          NOT NULL,
    granted_at          timestamptz   NOT NULL,
    granted_by          text          NOT NULL,
    withdrawn_at        timestamptz,
    withdrawn_by        text,
    withdrawal_reason   text,
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
    CHECK (withdrawn_at IS NULL OR withdrawn_at >= granted_at)
);

CREATE UNIQUE INDEX partner_link_active ON partner_link (customer_id, partner_id) WHERE withdrawn_at IS NULL;
CREATE INDEX partner_link_customer ON partner_link (customer_id, granted_at DESC);

-- Where a partner receives its webhooks and the secret they are signed with. The secret must be
-- readable to sign (HMAC), so it is kept, never shown again after it was issued. During a grace
-- period after a rotation deliveries are signed with the previous secret too.
CREATE TABLE partner_webhook (
    partner_id              text          PRIMARY KEY,
    url                     text          NOT NULL,
    secret                  text          NOT NULL,
    secret_issued_at        timestamptz   NOT NULL,
    previous_secret         text,
    previous_secret_until   timestamptz,
    configured_at           timestamptz   NOT NULL,
    configured_by           text          NOT NULL,
    CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL))
);

-- One event for one partner, written in the same transaction as the change it reports, then sent
-- (and retried with backoff) by the webhook sender. The payload is the exact body that is signed.
CREATE TABLE webhook_delivery (
    delivery_id         uuid          PRIMARY KEY,
    partner_id          text          NOT NULL,
    event_type          text          NOT NULL,
    payload             text          NOT NULL,
    status              text          NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts            integer       NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz   NOT NULL,
    last_attempt_at     timestamptz,
    last_outcome        text,
    delivered_at        timestamptz,
    created_at          timestamptz   NOT NULL
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_partner ON webhook_delivery (partner_id, created_at DESC);
