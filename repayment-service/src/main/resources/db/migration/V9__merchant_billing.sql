-- The merchants' side of the sales the platform finances (docs/accounting.md): each financed sale
-- with what the merchant's terms kept back, and every movement of a merchant's payable, for its
-- daily settlement statement (whose totals are checked against the journal).
CREATE TABLE merchant_sale (
    plan_id         uuid          PRIMARY KEY REFERENCES plan (plan_id),
    merchant_id     text          NOT NULL,
    sold_on         date          NOT NULL,
    principal       numeric(19,2) NOT NULL CHECK (principal > 0),
    discount        numeric(19,2) NOT NULL CHECK (discount >= 0),
    subsidy         numeric(19,2) NOT NULL CHECK (subsidy >= 0),
    refunded        numeric(19,2) NOT NULL CHECK (refunded >= 0)
);

CREATE INDEX merchant_sale_merchant ON merchant_sale (merchant_id);

CREATE TABLE merchant_movement (
    movement_id     bigserial     PRIMARY KEY,
    merchant_id     text          NOT NULL,
    plan_id         uuid          NOT NULL REFERENCES merchant_sale (plan_id),
    business_date   date          NOT NULL,
    kind            text          NOT NULL CHECK (kind IN ('SALE', 'DISCOUNT', 'SUBSIDY', 'REFUND',
                                                           'DISCOUNT_RETURNED', 'SUBSIDY_RETURNED')),
    amount          numeric(19,2) NOT NULL CHECK (amount > 0),
    reference       text          NOT NULL
);

CREATE INDEX merchant_movement_day ON merchant_movement (merchant_id, business_date);
