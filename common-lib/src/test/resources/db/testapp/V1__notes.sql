CREATE TABLE note (note_id text PRIMARY KEY, customer_key text NOT NULL);
CREATE TABLE received_note (event_id uuid PRIMARY KEY, note_id text NOT NULL);
