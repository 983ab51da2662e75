-- The funders' share of the money (docs/funding.md): the platform may guarantee a funder's
-- principal; each plan's holders have a share of its fees (fixed at opening), and what each wrote
-- off at charge-off, by which its recoveries are shared.
ALTER TABLE funder ADD COLUMN guaranteed boolean NOT NULL DEFAULT false;

ALTER TABLE plan_funding
    ADD COLUMN fee_share              numeric(11,10) NOT NULL DEFAULT 0 CHECK (fee_share >= 0 AND fee_share <= 1),
    ADD COLUMN guaranteed             boolean        NOT NULL DEFAULT false,
    ADD COLUMN charged_off_principal  numeric(19,2)  NOT NULL DEFAULT 0 CHECK (charged_off_principal >= 0),
    ADD COLUMN charged_off_late_fees  numeric(19,2)  NOT NULL DEFAULT 0 CHECK (charged_off_late_fees >= 0);

-- Plans funded before: their fees were booked in the platform's books, and stay there.
UPDATE plan_funding SET fee_share = 1 WHERE holder = 'PLATFORM';
