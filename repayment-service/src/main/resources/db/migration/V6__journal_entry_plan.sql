-- The plan an entry is about, when it is about one: funders' statements and loan tapes list their
-- movements per loan straight from the journal, so that their totals are the journal's.
ALTER TABLE journal_entry ADD COLUMN plan_id uuid;

CREATE INDEX journal_entry_plan ON journal_entry (plan_id) WHERE plan_id IS NOT NULL;
