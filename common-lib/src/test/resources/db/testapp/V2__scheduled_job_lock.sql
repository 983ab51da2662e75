-- The test app's scheduled job locks: the same table each service creates in its own schema.
CREATE TABLE scheduled_job_lock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
