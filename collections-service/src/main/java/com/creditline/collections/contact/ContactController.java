package com.creditline.collections.contact;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's contact attempts (reminders before the due date included), for the shop and staff,
 * and their time zone, which staff read and a collector records.
 */
@RestController
class ContactController {

    private final ContactAttempts attempts;
    private final CustomerZoneLookup zones;

    ContactController(ContactAttempts attempts, CustomerZoneLookup zones) {
        this.attempts = attempts;
        this.zones = zones;
    }

    record TimeZoneRequest(@NotBlank String zone) {}

    record TimeZoneView(CustomerId customerId, String zone) {}

    @GetMapping("/api/v1/collections/contact-attempts")
    @PreAuthorize(Access.CUSTOMER_READ)
    List<AttemptView> attempts(@RequestParam CustomerId customerId) {
        return attempts.findByCustomerIdOrderByCreatedAtAscStepDayAscChannelAsc(customerId.value()).stream()
                .map(AttemptView::of)
                .toList();
    }

    @GetMapping("/api/v1/admin/collections/customers/{customerId}/time-zone")
    @PreAuthorize(Access.STAFF)
    TimeZoneView timeZone(@PathVariable CustomerId customerId) {
        return new TimeZoneView(customerId, zones.zoneOf(customerId.value()).getId());
    }

    @PutMapping("/api/v1/admin/collections/customers/{customerId}/time-zone")
    @PreAuthorize(Access.COLLECTOR)
    TimeZoneView recordTimeZone(@PathVariable CustomerId customerId, @Valid @RequestBody TimeZoneRequest request) {
        ZoneId zone;
        try {
            zone = ZoneId.of(request.zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone: " + request.zone());
        }
        zones.record(customerId.value(), zone);
        return new TimeZoneView(customerId, zone.getId());
    }
}
