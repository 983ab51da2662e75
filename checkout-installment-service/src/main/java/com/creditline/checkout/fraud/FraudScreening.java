package com.creditline.checkout.fraud;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gathers the signals for an authorisation from checkout's own records and runs the fraud check;
 * afterwards remembers the device and where it was.
 */
@Component
public class FraudScreening {

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final FraudCheck check;

    FraudScreening(JdbcTemplate jdbc, BusinessClock clock, FraudRules rules) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.check = new FraudCheck(rules);
    }

    /**
     * Screens an authorisation.
     *
     * @param device the device and where it is; null when the shop did not say
     * @param address the shipping address's fingerprint; null when the shop did not say
     */
    public FraudCheck.Assessment screen(
            CustomerId customerId, Money amount, DeviceLocation device, AddressFingerprint address) {
        return check.assess(signals(customerId, amount, device, address));
    }

    /**
     * Every signal in one round trip: the authorisations of the last hour of the customer, from the
     * device and to the address; the average of the customer's last ten orders; whether the device
     * and the address are blocked; whether the customer used the device before and where the
     * customer's last located device was; how many customers used the device, and the most
     * customers on any device the customer used before (the shared-device graph).
     */
    private static final String SIGNALS = """
            WITH asked AS (SELECT CAST(? AS text) AS customer_id, CAST(? AS text) AS device_id,
                                  CAST(? AS text) AS address, CAST(? AS timestamptz) AS since)
            SELECT (SELECT count(*) FROM financed_order o
                     WHERE o.customer_id = asked.customer_id AND o.authorised_at > asked.since) AS recent,
                   (SELECT count(*) FROM financed_order o
                     WHERE o.device_id = asked.device_id AND o.authorised_at > asked.since) AS device_recent,
                   (SELECT count(*) FROM financed_order o
                     WHERE o.address_fingerprint = asked.address AND o.authorised_at > asked.since) AS address_recent,
                   (SELECT round(avg(amount), 2) FROM (SELECT amount FROM financed_order o
                     WHERE o.customer_id = asked.customer_id ORDER BY o.authorised_at DESC LIMIT 10) last_ten) AS usual,
                   EXISTS (SELECT 1 FROM blocked_device b WHERE b.device_id = asked.device_id) AS blocked,
                   EXISTS (SELECT 1 FROM blocked_address b WHERE b.fingerprint = asked.address) AS address_blocked,
                   EXISTS (SELECT 1 FROM customer_device d
                            WHERE d.customer_id = asked.customer_id AND d.device_id = asked.device_id) AS known,
                   (SELECT count(*) FROM customer_device d
                     WHERE d.device_id = asked.device_id AND d.customer_id <> asked.customer_id) AS other_customers,
                   (SELECT coalesce(max(sharing.customers), 0) FROM (
                           SELECT count(*) AS customers FROM customer_device mine
                             JOIN customer_device d ON d.device_id = mine.device_id
                            WHERE mine.customer_id = asked.customer_id
                            GROUP BY mine.device_id) sharing) AS most_on_known_device,
                   last_seen.latitude, last_seen.longitude
              FROM asked
              LEFT JOIN LATERAL (SELECT d.latitude, d.longitude FROM customer_device d
                                  WHERE d.customer_id = asked.customer_id AND d.latitude IS NOT NULL
                                  ORDER BY d.last_seen_at DESC LIMIT 1) last_seen ON true
            """;

    FraudSignals signals(CustomerId customerId, Money amount, DeviceLocation device, AddressFingerprint address) {
        boolean withDevice = device != null && device.deviceId() != null;
        return jdbc.queryForObject(
                SIGNALS,
                (rs, i) -> {
                    BigDecimal usual = rs.getBigDecimal("usual");
                    return new FraudSignals(
                            amount,
                            rs.getInt("recent"),
                            rs.getInt("device_recent"),
                            rs.getInt("address_recent"),
                            withDevice && rs.getBoolean("blocked"),
                            address != null && rs.getBoolean("address_blocked"),
                            withDevice && !rs.getBoolean("known"),
                            withDevice ? distance(rs, device) : -1,
                            usual == null ? null : Money.of(usual),
                            withDevice ? rs.getInt("other_customers") + 1 : 0,
                            rs.getInt("most_on_known_device"));
                },
                customerId.value(),
                withDevice ? device.deviceId() : null,
                address == null ? null : address.value(),
                Timestamp.from(clock.now().minus(Duration.ofHours(1))));
    }

    /** From the customer's last known location to the device's, or -1 when either is unknown. */
    private static double distance(ResultSet rs, DeviceLocation device) throws SQLException {
        if (!device.hasLocation() || rs.getObject("latitude") == null) {
            return -1;
        }
        return DeviceLocation.kilometresBetween(
                rs.getDouble("latitude"), rs.getDouble("longitude"), device.latitude(), device.longitude());
    }

    /** Remembers the device (and its latest location) for the customer's next checks. */
    public void remember(CustomerId customerId, DeviceLocation device) {
        if (device == null || device.deviceId() == null) {
            return;
        }
        Timestamp now = Timestamp.from(clock.now());
        jdbc.update(
                "INSERT INTO customer_device (customer_id, device_id, latitude, longitude, first_seen_at, last_seen_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id, device_id) DO UPDATE SET"
                        + " latitude = COALESCE(EXCLUDED.latitude, customer_device.latitude),"
                        + " longitude = COALESCE(EXCLUDED.longitude, customer_device.longitude),"
                        + " last_seen_at = EXCLUDED.last_seen_at",
                customerId.value(),
                device.deviceId(),
                device.latitude(),
                device.longitude(),
                now,
                now);
    }
}
