-- The fraud engine (docs/fraud.md). A shipping address is personal data: only its fingerprint
-- (SHA-256 of the normalised text) is stored, on the order for velocity and on the blocked list,
-- with a masked form on the blocked list so that officers can recognise an entry.
ALTER TABLE financed_order ADD COLUMN address_fingerprint text;

-- Velocity per device and per address, and the review queue, oldest first.
CREATE INDEX financed_order_device ON financed_order (device_id, authorised_at DESC) WHERE device_id IS NOT NULL;
CREATE INDEX financed_order_address ON financed_order (address_fingerprint, authorised_at DESC)
    WHERE address_fingerprint IS NOT NULL;
CREATE INDEX financed_order_in_review ON financed_order (authorised_at) WHERE status = 'IN_REVIEW';

-- The shared-device graph: the customers of a device.
CREATE INDEX customer_device_device ON customer_device (device_id);

-- Who decided a review, why and when (NULL for an order never reviewed).
ALTER TABLE financed_order ADD COLUMN reviewed_by text;
ALTER TABLE financed_order ADD COLUMN review_approved boolean;
ALTER TABLE financed_order ADD COLUMN review_reason text;
ALTER TABLE financed_order ADD COLUMN reviewed_at timestamptz;

-- Who blocked a device. Rows from before this migration were put there by hand.
ALTER TABLE blocked_device ADD COLUMN blocked_by text NOT NULL DEFAULT 'unknown';
ALTER TABLE blocked_device ALTER COLUMN blocked_by DROP DEFAULT;

CREATE TABLE blocked_address (
    fingerprint     text          PRIMARY KEY CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    masked          text          NOT NULL,
    reason          text          NOT NULL,
    blocked_by      text          NOT NULL,
    blocked_at      timestamptz   NOT NULL
);

-- Every change of the blocked lists: what was added or removed, by whom, why and when. The entry
-- is the device id or the address's fingerprint, never an address.
CREATE TABLE blocked_list_change (
    change_id       bigserial     PRIMARY KEY,
    list            text          NOT NULL CHECK (list IN ('DEVICE', 'ADDRESS')),
    entry           text          NOT NULL,
    action          text          NOT NULL CHECK (action IN ('ADDED', 'REMOVED')),
    actor           text          NOT NULL,
    reason          text          NOT NULL,
    changed_at      timestamptz   NOT NULL
);
