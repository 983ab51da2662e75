CREATE TABLE credit_application (
    application_id        uuid          PRIMARY KEY,
    customer_id           text          NOT NULL,
    decision              text          NOT NULL CHECK (decision IN ('APPROVED', 'DECLINED')),
    probability_of_default numeric(6,4) NOT NULL,
    score                 integer       NOT NULL,
    grade                 text          NOT NULL,
    recommended_limit     numeric(19,2) NOT NULL,
    pricing_tier          text          NOT NULL,
    reasons               text          NOT NULL,
    decided_at            timestamptz   NOT NULL
);

CREATE INDEX credit_application_customer ON credit_application (customer_id, decided_at DESC);
