package com.creditline.checkout.fraud;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import java.math.BigDecimal;
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

    public FraudCheck.Assessment screen(CustomerId customerId, Money amount, DeviceLocation device) {
        return check.assess(signals(customerId, amount, device));
    }

    /**
     * Every signal in one round trip: the customer's authorisations of the last hour, the average of
     * their last ten orders, and for the device whether it is blocked, whether the customer used it
     * before and where the customer's last located device was.
     */
    private static final String SIGNALS = """
            WITH asked AS (SELECT CAST(? AS text) AS customer_id, CAST(? AS text) AS device_id,
                                  CAST(? AS timestamptz) AS since)
            SELECT (SELECT count(*) FROM financed_order o
                     WHERE o.customer_id = asked.customer_id AND o.authorised_at > asked.since) AS recent,
                   (SELECT round(avg(amount), 2) FROM (SELECT amount FROM financed_order o
                     WHERE o.customer_id = asked.customer_id ORDER BY o.authorised_at DESC LIMIT 10) last_ten) AS usual,
                   EXISTS (SELECT 1 FROM blocked_device b WHERE b.device_id = asked.device_id) AS blocked,
                   EXISTS (SELECT 1 FROM customer_device d
                            WHERE d.customer_id = asked.customer_id AND d.device_id = asked.device_id) AS known,
                   last_seen.latitude, last_seen.longitude
              FROM asked
              LEFT JOIN LATERAL (SELECT d.latitude, d.longitude FROM customer_device d
                                  WHERE d.customer_id = asked.customer_id AND d.latitude IS NOT NULL
                                  ORDER BY d.last_seen_at DESC LIMIT 1) last_seen ON true
            """;

    FraudSignals signals(CustomerId customerId, Money amount, DeviceLocation device) {
        boolean withDevice = device != null && device.deviceId() != null;
        return jdbc.queryForObject(
                SIGNALS,
                (rs, i) -> {
                    BigDecimal usual = rs.getBigDecimal("usual");
                    double distance = -1;
                    if (withDevice && device.hasLocation() && rs.getObject("latitude") != null) {
                        distance = DeviceLocation.kilometresBetween(
                                rs.getDouble("latitude"),
                                rs.getDouble("longitude"),
                                device.latitude(),
                                device.longitude());
                    }
                    return new FraudSignals(
                            amount,
                            rs.getInt("recent"),
                            withDevice && rs.getBoolean("blocked"),
                            withDevice && !rs.getBoolean("known"),
                            distance,
                            usual == null ? null : Money.of(usual));
                },
                customerId.value(),
                withDevice ? device.deviceId() : null,
                Timestamp.from(clock.now().minus(Duration.ofHours(1))));
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
