-- The business date of each decision. The business date is not the wall calendar (end of day may
-- run ahead of it, or behind it after an outage), and cool-offs, months on book, vintages and the
-- monitoring windows are all counted in business dates.
ALTER TABLE credit_application ADD COLUMN decided_on date;
UPDATE credit_application SET decided_on = (decided_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE credit_application ALTER COLUMN decided_on SET NOT NULL;
CREATE INDEX credit_application_model_decided_on ON credit_application (model_id, model_version, decided_on);
