CREATE TABLE note (note_id text PRIMARY KEY, customer_key text NOT NULL);
-- trace_parent: the trace the handler ran in (OutboxTraceIT).
CREATE TABLE received_note (event_id uuid PRIMARY KEY, note_id text NOT NULL, trace_parent text);
