-- What a funder sees, and who changed it (docs/funding.md).

-- Every registration, terms change and status change of a funder: when, who, why, and the funder
-- as it stood before and after (its terms, priority, status, settlement account and partner).
CREATE TABLE funder_change (
    change_id               bigserial     PRIMARY KEY,
    funder_id               text          NOT NULL REFERENCES funder (funder_id),
    change                  text          NOT NULL CHECK (change IN ('REGISTERED', 'TERMS_CHANGED', 'STATUS_CHANGED')),
    changed_at              timestamptz   NOT NULL,
    business_date           date          NOT NULL,
    actor                   text          NOT NULL,
    reason                  text          NOT NULL,
    before                  jsonb,
    after                   jsonb         NOT NULL
);

CREATE INDEX funder_change_funder ON funder_change (funder_id, change_id);

-- The gateway partner whose funding:read keys may read the funder's statements and loan tape.
ALTER TABLE funder ADD COLUMN partner_id text;

-- The grade a plan was priced at (checkout's PlanCreated), for the funders' loan tapes; absent for
-- plans opened before it was kept.
ALTER TABLE plan ADD COLUMN grade text;

-- A funder's statement reads its journal lines of one business date.
CREATE INDEX journal_line_holder ON journal_line (holder, entry_id);
