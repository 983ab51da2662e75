package com.creditline.collections.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** The time zone a customer lives in, when it is not the platform's default. */
@Entity
@Table(name = "customer_time_zone")
class CustomerTimeZone {

    @Id
    private String customerId;

    private String zoneId;
    private Instant updatedAt;

    protected CustomerTimeZone() {}

    CustomerTimeZone(String customerId, ZoneId zone, Instant at) {
        this.customerId = customerId;
        this.zoneId = zone.getId();
        this.updatedAt = at;
    }

    ZoneId zone() {
        return ZoneId.of(zoneId);
    }
}
