-- The business date this service has reached, so that it survives a restart.
CREATE TABLE business_date (
    id             smallint  PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    business_date  date      NOT NULL
);
