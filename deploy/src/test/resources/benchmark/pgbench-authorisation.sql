-- What one authorisation must do at the database, as one transaction: take room on a credit
-- line only if it has it (the guarded update), and record the hold. pgbench -D lines=N picks one
-- of N lines at random; amounts from 0.01 to 900.00.
\set line random(1, :lines)
\set fen random(1, 90000)
BEGIN;
UPDATE benchmark.credit_account
   SET held = held + :fen / 100.0, version = version + 1
 WHERE customer_id = 'bench-c' || lpad(:line::text, 5, '0')
   AND status = 'ACTIVE'
   AND permanent_limit - outstanding - held >= :fen / 100.0;
INSERT INTO benchmark.hold (order_id, customer_id, amount, status, placed_on, expires_on, placed_at)
VALUES (gen_random_uuid()::text, 'bench-c' || lpad(:line::text, 5, '0'), :fen / 100.0, 'OPEN',
        current_date, current_date + 30, now());
END;
