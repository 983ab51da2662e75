-- Scheduled jobs run once across replicas (docs/replicas.md): before a tick, a replica claims its
-- job's row until lock_until (ShedLock, times from the database); the other replicas skip that tick.
CREATE TABLE scheduled_job_lock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamp    NOT NULL,
    locked_at  timestamp    NOT NULL,
    locked_by  varchar(255) NOT NULL
);
