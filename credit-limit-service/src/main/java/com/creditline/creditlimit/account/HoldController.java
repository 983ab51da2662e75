package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holds on a line, for checkout-installment-service only: the gateway does not route
 * {@code /internal/...}, and only a peer service's token is accepted here. Each call is
 * idempotent: per order for a hold, per capture id for a capture, and a release of a closed hold
 * changes nothing.
 */
@RestController
@RequestMapping("/internal/v1/credit-accounts/{customerId}/holds")
class HoldController {

    private final CreditLineServicing lines;

    HoldController(CreditLineServicing lines) {
        this.lines = lines;
    }

    static final String ID = "[A-Za-z0-9_.:-]{1,64}";

    record PlaceHold(
            @NotNull @Pattern(regexp = ID) String orderId,
            @NotNull Money amount) {}

    record CaptureHold(
            @NotNull @Pattern(regexp = ID) String captureId,
            @NotNull Money amount) {}

    record HoldView(
            String orderId,
            Money amount,
            Money captured,
            Money released,
            Money remaining,
            String status,
            LocalDate expiresOn) {

        static HoldView of(Hold h) {
            return new HoldView(
                    h.orderId(),
                    h.amount(),
                    h.captured(),
                    h.released(),
                    h.remaining(),
                    h.status().name(),
                    h.expiresOn());
        }
    }

    @PostMapping
    @PreAuthorize(Access.SERVICE)
    ResponseEntity<HoldView> place(@PathVariable CustomerId customerId, @Valid @RequestBody PlaceHold request) {
        Hold hold = lines.placeHold(customerId.value(), request.orderId(), positive(request.amount()));
        return ResponseEntity.status(HttpStatus.CREATED).body(HoldView.of(hold));
    }

    @GetMapping("/{orderId}")
    @PreAuthorize(Access.SERVICE)
    HoldView get(@PathVariable CustomerId customerId, @PathVariable String orderId) {
        return HoldView.of(lines.hold(customerId.value(), orderId));
    }

    @PostMapping("/{orderId}/captures")
    @PreAuthorize(Access.SERVICE)
    HoldView capture(
            @PathVariable CustomerId customerId,
            @PathVariable String orderId,
            @Valid @RequestBody CaptureHold request) {
        return HoldView.of(
                lines.captureHold(customerId.value(), orderId, request.captureId(), positive(request.amount())));
    }

    @PostMapping("/{orderId}/release")
    @PreAuthorize(Access.SERVICE)
    HoldView release(@PathVariable CustomerId customerId, @PathVariable String orderId) {
        return HoldView.of(lines.releaseHold(customerId.value(), orderId));
    }

    private static Money positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be positive");
        }
        return amount;
    }
}
