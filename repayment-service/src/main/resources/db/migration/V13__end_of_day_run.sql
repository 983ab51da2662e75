-- Each end-of-day run as operations see it (issue 15): who or what started it, through which date,
-- when it started and finished, the business dates it processed and how it ended. end_of_day_run
-- keeps one row per business date processed; a run may process several dates, or none (a repeat),
-- or fail half-way (the dates before the failure stay processed: each is its own transaction).
CREATE TABLE end_of_day_run_history (
    run_id           bigserial     PRIMARY KEY,
    run_through      date          NOT NULL,
    started_by       varchar(100)  NOT NULL,
    started_at       timestamptz   NOT NULL,
    finished_at      timestamptz,
    first_date       date,
    last_date        date,
    dates_processed  integer       NOT NULL DEFAULT 0,
    outcome          varchar(20)   NOT NULL CHECK (outcome IN ('RUNNING', 'COMPLETED', 'NOTHING_TO_DO', 'FAILED')),
    error            varchar(2000)
);
