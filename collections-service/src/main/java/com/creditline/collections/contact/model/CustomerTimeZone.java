package com.creditline.collections.contact.model;

import com.creditline.common.id.CustomerId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/** The time zone a customer lives in, when it is not the platform's default. */
@Entity
@Table(name = "customer_time_zone")
public class CustomerTimeZone {

    @Id
    private CustomerId customerId;

    private String zoneId;
    private Instant updatedAt;

    protected CustomerTimeZone() {}

    public CustomerTimeZone(CustomerId customerId, ZoneId zone, Instant at) {
        this.customerId = customerId;
        this.zoneId = zone.getId();
        this.updatedAt = at;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }
}
