-- The processing step claims an attempt it is about to send (a short transaction), hands it to its
-- channel with no transaction open, and records the outcome in another. Until claimed_until, no
-- other run takes the attempt, and it counts against the customer's daily cap; a claim left by a
-- process that died is taken again once it ends (delivery is at least once).
ALTER TABLE contact_attempt ADD COLUMN claimed_until timestamptz;

CREATE INDEX contact_attempt_customer_claimed ON contact_attempt (customer_id, claimed_until)
    WHERE claimed_until IS NOT NULL;
