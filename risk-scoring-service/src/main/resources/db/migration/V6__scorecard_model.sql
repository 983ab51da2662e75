-- The models that decide applications: the champion, challengers trained on the platform's own
-- labelled book, and retired champions kept for rollback. A trained scorecard is data (artifact).
CREATE TABLE scorecard_model (
    model_id       text        NOT NULL,
    version        integer     NOT NULL,
    origin         text        NOT NULL CHECK (origin IN ('TRAINED', 'JUDGMENTAL')),
    status         text        NOT NULL CHECK (status IN ('CHAMPION', 'CHALLENGER', 'RETIRED')),
    artifact       jsonb,
    comparison     jsonb,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    PRIMARY KEY (model_id, version)
);

CREATE UNIQUE INDEX scorecard_model_one_champion ON scorecard_model (status) WHERE status = 'CHAMPION';

-- Every promotion (and so every rollback), with who and why.
CREATE TABLE model_promotion (
    promotion_id   uuid        PRIMARY KEY,
    model_id       text        NOT NULL,
    version        integer     NOT NULL,
    previous_id    text,
    previous_version integer,
    promoted_by    text        NOT NULL,
    reason         text        NOT NULL,
    promoted_at    timestamptz NOT NULL
);

-- The expert scorecard (code, judgmental) is the cold-start champion.
INSERT INTO scorecard_model (model_id, version, origin, status, created_at, created_by)
VALUES ('expert-scorecard', 1, 'JUDGMENTAL', 'CHAMPION', now(), 'platform');
