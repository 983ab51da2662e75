package com.creditline.collections.contact;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Contact",
        description =
                "Reminders and collection contacts sent to a customer, and the time zone that decides when they may be sent.")
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
    @Operation(
            summary = "List a customer's contact attempts",
            description = "Every reminder and collection contact planned or made for the customer (reminders"
                    + " before the due date included), oldest first, with its channel and outcome: sent,"
                    + " deferred to the customer's contact window, skipped or failed. For the shop and staff;"
                    + " an empty list for a customer never contacted.")
    @ApiResponse(responseCode = "200", description = "The attempts, oldest first.")
    @PreAuthorize(Access.CUSTOMER_READ)
    List<AttemptView> attempts(@RequestParam CustomerId customerId) {
        return attempts.findByCustomerIdOrderByCreatedAtAscStepDayAscChannelAsc(customerId).stream()
                .map(AttemptView::of)
                .toList();
    }

    @GetMapping("/api/v1/admin/collections/customers/{customerId}/time-zone")
    @Operation(
            summary = "Read a customer's time zone",
            description = "The zone whose local hours bound the customer's contact window; the service's"
                    + " default zone when none was recorded. For staff.")
    @ApiResponse(responseCode = "200", description = "The customer's time zone.")
    @PreAuthorize(Access.STAFF)
    TimeZoneView timeZone(@PathVariable CustomerId customerId) {
        return new TimeZoneView(customerId, zones.zoneOf(customerId).getId());
    }

    @PutMapping("/api/v1/admin/collections/customers/{customerId}/time-zone")
    @Operation(
            summary = "Record a customer's time zone",
            description = "A collector records the customer's IANA time zone (e.g. Asia/Shanghai), so that"
                    + " contacts are sent only within the contact window of the customer's local day. An"
                    + " unknown zone is refused as invalid (400).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = "{\"zone\": \"Asia/Urumqi\"}"))))
    @ApiResponse(responseCode = "200", description = "The time zone recorded.")
    @PreAuthorize(Access.COLLECTOR)
    TimeZoneView recordTimeZone(@PathVariable CustomerId customerId, @Valid @RequestBody TimeZoneRequest request) {
        ZoneId zone;
        try {
            zone = ZoneId.of(request.zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone: " + request.zone());
        }
        zones.record(customerId, zone);
        return new TimeZoneView(customerId, zone.getId());
    }
}
