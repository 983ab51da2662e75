-- The agents' work on the queue: who holds a case (claimed by themselves or assigned by an admin;
-- no row, or no agent, while nobody does), with who made the latest change and why (the
-- Audit-Reason), and the outcome of each call an agent makes, kept as a
-- contact attempt of the agent queue's channel with the agent's name.
CREATE TABLE case_assignment (
    case_id      uuid         PRIMARY KEY REFERENCES collection_case (case_id),
    agent        text,
    assigned_at  timestamptz,
    assigned_by  text,
    reason       text,
    version      bigint       NOT NULL DEFAULT 0
);

CREATE INDEX case_assignment_agent ON case_assignment (agent) WHERE agent IS NOT NULL;

ALTER TABLE contact_attempt
    ADD COLUMN agent   text,
    ADD COLUMN outcome text CHECK (outcome IN ('REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'PROMISED', 'REFUSED')),
    ADD COLUMN note    text;
