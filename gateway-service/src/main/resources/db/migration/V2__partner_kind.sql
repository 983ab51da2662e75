-- A partner is a platform (checkout, orders, a funder's books) or a merchant enrolled in checkout
-- (its sales and its loans), whose partner id is its merchant id. Partners until now were platforms.
ALTER TABLE partner ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'PLATFORM'
    CHECK (kind IN ('PLATFORM', 'MERCHANT'));
ALTER TABLE partner ALTER COLUMN kind DROP DEFAULT;
