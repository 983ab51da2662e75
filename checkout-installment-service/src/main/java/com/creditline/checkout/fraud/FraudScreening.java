package com.creditline.checkout.fraud;

import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
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

    public FraudCheck.Assessment screen(String customerId, Money amount, DeviceLocation device) {
        return check.assess(signals(customerId, amount, device));
    }

    FraudSignals signals(String customerId, Money amount, DeviceLocation device) {
        Integer recent = jdbc.queryForObject(
                "SELECT count(*) FROM financed_order WHERE customer_id = ? AND authorised_at > ?",
                Integer.class,
                customerId,
                Timestamp.from(clock.now().minus(Duration.ofHours(1))));
        BigDecimal usual = jdbc.queryForObject(
                "SELECT round(avg(amount), 2) FROM (SELECT amount FROM financed_order WHERE customer_id = ?"
                        + " ORDER BY authorised_at DESC LIMIT 10) recent",
                BigDecimal.class,
                customerId);
        boolean blocked = false;
        boolean newDevice = false;
        double distance = -1;
        if (device != null && device.deviceId() != null) {
            blocked = exists("SELECT count(*) FROM blocked_device WHERE device_id = ?", device.deviceId());
            newDevice = !exists(
                    "SELECT count(*) FROM customer_device WHERE customer_id = ? AND device_id = ?",
                    customerId,
                    device.deviceId());
            distance = distanceFromLastLocation(customerId, device);
        }
        return new FraudSignals(
                amount,
                recent == null ? 0 : recent,
                blocked,
                newDevice,
                distance,
                usual == null ? null : Money.of(usual));
    }

    private double distanceFromLastLocation(String customerId, DeviceLocation device) {
        if (!device.hasLocation()) {
            return -1;
        }
        List<double[]> last = jdbc.query(
                "SELECT latitude, longitude FROM customer_device WHERE customer_id = ? AND latitude IS NOT NULL"
                        + " ORDER BY last_seen_at DESC LIMIT 1",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)},
                customerId);
        return last.isEmpty()
                ? -1
                : DeviceLocation.kilometresBetween(
                        last.getFirst()[0], last.getFirst()[1], device.latitude(), device.longitude());
    }

    /** Remembers the device (and its latest location) for the customer's next checks. */
    public void remember(String customerId, DeviceLocation device) {
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
                customerId,
                device.deviceId(),
                device.latitude(),
                device.longitude(),
                now,
                now);
    }

    private boolean exists(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count != null && count > 0;
    }
}
