package com.creditline.collections.contact;

import com.creditline.collections.contact.model.CustomerTimeZone;
import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's time zone: the one recorded for them, else the configured default (Asia/Shanghai). */
@Service
public class CustomerZoneLookup {

    private final CustomerTimeZones zones;
    private final ZoneId defaultZone;
    private final BusinessClock clock;

    CustomerZoneLookup(CustomerTimeZones zones, ContactProperties properties, BusinessClock clock) {
        this.zones = zones;
        this.defaultZone = properties.defaultZone();
        this.clock = clock;
    }

    public ZoneId zoneOf(CustomerId customerId) {
        return zones.findById(customerId).map(CustomerTimeZone::zone).orElse(defaultZone);
    }

    @Transactional
    public void record(CustomerId customerId, ZoneId zone) {
        zones.save(new CustomerTimeZone(customerId, zone, clock.now()));
    }
}
