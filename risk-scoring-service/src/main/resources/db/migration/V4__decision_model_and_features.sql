-- Every decision names the model (id and version) that took it, and keeps the features it was
-- taken on, so that the platform can train on its own labelled applications.
ALTER TABLE credit_application
    ADD COLUMN model_id      text,
    ADD COLUMN model_version integer,
    ADD COLUMN model_origin  text CHECK (model_origin IN ('TRAINED', 'JUDGMENTAL')),
    ADD COLUMN features      jsonb;

UPDATE credit_application SET model_id = 'expert-scorecard', model_version = 1, model_origin = 'JUDGMENTAL'
WHERE model_id IS NULL;

ALTER TABLE credit_application
    ALTER COLUMN model_id SET NOT NULL,
    ALTER COLUMN model_version SET NOT NULL,
    ALTER COLUMN model_origin SET NOT NULL;
