package com.creditline.checkout.fraud;

/**
 * The two blocked lists: an authorisation from a blocked device or to a blocked shipping address
 * is declined. A device is listed by its id, an address by its fingerprint with a masked form.
 */
public enum BlockedList {
    DEVICE(
            "blocked_device",
            "device_id",
            "device_id",
            "INSERT INTO blocked_device (device_id, reason, blocked_by, blocked_at) VALUES (:entry, :reason, :actor, :at)"
                    + " ON CONFLICT DO NOTHING"),
    ADDRESS(
            "blocked_address",
            "fingerprint",
            "masked",
            "INSERT INTO blocked_address (fingerprint, masked, reason, blocked_by, blocked_at)"
                    + " VALUES (:entry, :shown, :reason, :actor, :at) ON CONFLICT DO NOTHING");

    final String table;
    final String key;
    final String shown;
    final String insert;

    BlockedList(String table, String key, String shown, String insert) {
        this.table = table;
        this.key = key;
        this.shown = shown;
        this.insert = insert;
    }
}
