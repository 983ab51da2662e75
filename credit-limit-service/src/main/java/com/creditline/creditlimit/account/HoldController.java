package com.creditline.creditlimit.account;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.TextId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.creditlimit.account.model.CapturingHold;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.PlacingHold;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Holds (internal)",
        description = "For checkout-installment-service only, with a peer service's token; not routed by the gateway.")
class HoldController {

    private final CreditLineServicing lines;

    HoldController(CreditLineServicing lines) {
        this.lines = lines;
    }

    /** The order (or cash draw) and its amount; a purchase unless {@code purpose} says CASH. */
    @Schema(
            example = "{\"orderId\": \"ord-8841\"," + " \"amount\": {\"amount\": \"1299.00\", \"currency\": \"CNY\"},"
                    + " \"purpose\": \"PURCHASE\"}")
    record PlaceHold(
            @NotNull @Pattern(regexp = TextId.FORMAT) String orderId,
            @NotNull Money amount,

            @Schema(
                    types = {"string", "null"},
                    allowableValues = {"PURCHASE", "CASH"},
                    description = "PURCHASE (an order's goods, when absent) or CASH (a cash draw, within"
                            + " the line's cash limit)")
            Hold.Purpose purpose) {}

    @Schema(example = "{\"captureId\": \"cap-1\"," + " \"amount\": {\"amount\": \"1299.00\", \"currency\": \"CNY\"}}")
    record CaptureHold(
            @NotNull @Pattern(regexp = TextId.FORMAT) String captureId,
            @NotNull Money amount) {}

    record HoldView(
            OrderId orderId,
            Money amount,
            Money captured,
            Money released,
            Money remaining,
            Hold.Status status,
            LocalDate expiresOn,
            Hold.Purpose purpose) {

        static HoldView of(Hold h) {
            return new HoldView(
                    h.orderId(),
                    h.amount(),
                    h.captured(),
                    h.released(),
                    h.remaining(),
                    h.status(),
                    h.expiresOn(),
                    h.purpose());
        }
    }

    @PostMapping
    @Operation(
            summary = "Hold an amount on the line for an order or a cash draw",
            description = "Reserves the amount on the line until the order is captured, released or the"
                    + " hold lapses. The line must be ACTIVE and have the amount available; a CASH hold must"
                    + " also fit the line's cash available (the cash limit, a configured share of the"
                    + " effective limit, less the cash owed and held). Whatever the purpose, what the"
                    + " borrower owes and holds never passes the ceiling of 200000.00 CNY. A MERCHANT line"
                    + " follows its own written limits instead: its whole available amount may be held as"
                    + " CASH (paid out to the merchant's settlement account), and no PURCHASE. Idempotent per"
                    + " order: the same order with the same amount and purpose gets the same hold again.")
    @ApiResponse(responseCode = "201", description = "The hold.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account.")
    @ApiResponse(
            responseCode = "409",
            description = "The order already holds a different amount or purpose, or belongs to another customer.")
    @ApiResponse(
            responseCode = "422",
            description = "The line is not ACTIVE (account-not-active), the amount is more than it has available"
                    + " (credit-limit-exceeded), a CASH amount is more than its cash available"
                    + " (cash-limit-exceeded, the detail names it), or the amount would take what the borrower"
                    + " owes and holds past 200000.00 CNY (borrower-ceiling-reached), or a PURCHASE hold is"
                    + " asked of a MERCHANT line, which is drawn as CASH only (merchant-line-purchase).")
    @PreAuthorize(Access.SERVICE)
    ResponseEntity<HoldView> place(@PathVariable CustomerId customerId, @Valid @RequestBody PlaceHold request) {
        Hold hold = lines.placeHold(new PlacingHold(
                customerId, OrderId.of(request.orderId()), positive(request.amount()), request.purpose()));
        return ResponseEntity.status(HttpStatus.CREATED).body(HoldView.of(hold));
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "Read an order's hold", description = "What is held, captured, released and remaining.")
    @ApiResponse(responseCode = "200", description = "The hold.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account, or no hold for that order.")
    @PreAuthorize(Access.SERVICE)
    HoldView get(@PathVariable CustomerId customerId, @PathVariable String orderId) {
        return HoldView.of(lines.hold(customerId, heldOrder(orderId)));
    }

    @PostMapping("/{orderId}/captures")
    @Operation(
            summary = "Capture part or all of a hold",
            description = "Turns held amount into principal outstanding when the order ships (or the cash is"
                    + " paid out: a CASH hold's capture is also owed as cash). At most what remains held."
                    + " Idempotent per capture id: the same capture again changes nothing.")
    @ApiResponse(responseCode = "200", description = "The hold after the capture.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account, or no hold for that order.")
    @ApiResponse(responseCode = "409", description = "The capture id was already used for a different order or amount.")
    @ApiResponse(
            responseCode = "422",
            description = "The hold is no longer open, the capture is more than it still holds, or the line"
                    + " is closed (a closed line lends nothing more).")
    @PreAuthorize(Access.SERVICE)
    HoldView capture(
            @PathVariable CustomerId customerId,
            @PathVariable String orderId,
            @Valid @RequestBody CaptureHold request) {
        return HoldView.of(lines.captureHold(new CapturingHold(
                customerId, heldOrder(orderId), CaptureId.of(request.captureId()), positive(request.amount()))));
    }

    @PostMapping("/{orderId}/release")
    @Operation(
            summary = "Release what remains of a hold",
            description = "Frees the amount still held (the order was cancelled or captured in part)."
                    + " Releasing a hold already closed changes nothing.")
    @ApiResponse(responseCode = "200", description = "The hold after the release.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account, or no hold for that order.")
    @PreAuthorize(Access.SERVICE)
    HoldView release(@PathVariable CustomerId customerId, @PathVariable String orderId) {
        return HoldView.of(lines.releaseHold(customerId, heldOrder(orderId)));
    }

    /**
     * The order of a hold named in the path. A hold is only ever placed for an order id of the
     * format, so one outside it has no hold: the same 404 as an unknown order, not a 400.
     */
    private static OrderId heldOrder(String orderId) {
        if (!orderId.matches(TextId.FORMAT)) {
            throw new HoldNotFound();
        }
        return OrderId.of(orderId);
    }

    private static Money positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be positive");
        }
        return amount;
    }
}
