-- One grade of record per customer, whatever set it (an application, the behaviour score, an
-- officer's review), and every change of it with the model and the reasons.
CREATE TABLE customer_grade (
    customer_id    text        PRIMARY KEY,
    grade          text        NOT NULL,
    score          integer     NOT NULL,
    model_id       text        NOT NULL,
    model_version  integer     NOT NULL,
    source         text        NOT NULL CHECK (source IN ('APPLICATION', 'BEHAVIOUR', 'REVIEW')),
    graded_on      date        NOT NULL,
    version        bigint      NOT NULL DEFAULT 0
);

CREATE TABLE grade_change (
    change_id      uuid        PRIMARY KEY,
    customer_id    text        NOT NULL,
    old_grade      text,
    new_grade      text        NOT NULL,
    score          integer     NOT NULL,
    model_id       text        NOT NULL,
    model_version  integer     NOT NULL,
    source         text        NOT NULL,
    actor          text        NOT NULL,
    reasons        text        NOT NULL,
    changed_on     date        NOT NULL,
    changed_at     timestamptz NOT NULL
);

CREATE INDEX grade_change_customer ON grade_change (customer_id, changed_at DESC);

-- Customers approved before the grade of record existed keep their latest approval's grade.
INSERT INTO customer_grade (customer_id, grade, score, model_id, model_version, source, graded_on)
SELECT DISTINCT ON (customer_id) customer_id, grade, score, 'expert-scorecard', 1, 'APPLICATION', decided_at::date
FROM credit_application
WHERE decision = 'APPROVED'
ORDER BY customer_id, decided_at DESC;
