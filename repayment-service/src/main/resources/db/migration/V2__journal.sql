-- The double-entry journal (docs/accounting.md). One entry per movement of money, its lines
-- balanced; append-only: a correction is a reversing entry, never an update.
CREATE TABLE journal_entry (
    entry_id        bigserial     PRIMARY KEY,
    business_date   date          NOT NULL,
    reference       text          NOT NULL,
    description     text          NOT NULL,
    recorded_at     timestamptz   NOT NULL
);

CREATE INDEX journal_entry_reference ON journal_entry (reference);
CREATE INDEX journal_entry_business_date ON journal_entry (business_date);

CREATE TABLE journal_line (
    entry_id        bigint        NOT NULL REFERENCES journal_entry (entry_id),
    line_number     integer       NOT NULL,
    account         text          NOT NULL,
    holder          text          NOT NULL,
    side            text          NOT NULL CHECK (side IN ('DEBIT', 'CREDIT')),
    amount          numeric(19,2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (entry_id, line_number)
);

CREATE INDEX journal_line_account ON journal_line (account, holder);

CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the journal is append-only: post a reversing entry instead of changing %', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
CREATE TRIGGER journal_line_append_only BEFORE UPDATE OR DELETE ON journal_line
    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();

-- The database refuses, at commit, an entry whose debits and credits differ, whoever wrote it.
CREATE FUNCTION journal_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    difference numeric;
BEGIN
    SELECT sum(CASE side WHEN 'DEBIT' THEN amount ELSE -amount END) INTO difference
      FROM journal_line WHERE entry_id = NEW.entry_id;
    IF difference <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance: debits exceed credits by %', NEW.entry_id, difference;
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER journal_line_balanced AFTER INSERT ON journal_line
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balances();
