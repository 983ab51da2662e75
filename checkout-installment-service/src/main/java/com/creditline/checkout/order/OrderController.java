package com.creditline.checkout.order;

import com.creditline.checkout.fraud.DeviceLocation;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout financing for the shop and partner platforms: authorise an order on the customer's
 * line, capture it (in parts) into installment plans, void what is left, refund after capture.
 * The shop and staff see the whole order; a partner sees only its own orders of customers linked
 * to it, and only the approval and the plans ({@link PartnerOrderView}).
 */
@RestController
class OrderController {

    static final String ID = "[A-Za-z0-9_.:-]{1,64}";

    private final OrderAuthorisation authorisation;
    private final OrderCapture orderCapture;
    private final OrderVoiding voiding;
    private final OrderRefunding refunding;
    private final OrderReview orderReview;
    private final OrderReading reading;

    OrderController(
            OrderAuthorisation authorisation,
            OrderCapture orderCapture,
            OrderVoiding voiding,
            OrderRefunding refunding,
            OrderReview orderReview,
            OrderReading reading) {
        this.authorisation = authorisation;
        this.orderCapture = orderCapture;
        this.voiding = voiding;
        this.refunding = refunding;
        this.orderReview = orderReview;
        this.reading = reading;
    }

    /** An order as this caller may see it: the full view, or a partner's. */
    sealed interface OrderAnswer permits OrderView, PartnerOrderView {}

    record Authorise(
            @NotNull CustomerId customerId,
            @NotNull Money amount,
            @Valid DeviceLocation device) {}

    /** A capture: an installment plan names its installment count, pay in full may leave it out. */
    @InstallmentCountRequired
    record Capture(
            @NotNull @Pattern(regexp = ID) String captureId,
            @NotNull Money amount,
            @NotNull PricingMethod method,
            @Min(1) @Max(24) Integer installmentCount,
            Boolean merchantSubsidised) {}

    record Refund(
            @NotNull @Pattern(regexp = ID) String refundId,
            @NotNull Money amount) {}

    record Review(@NotNull Boolean approve) {}

    /** The shop's and staff's view, with the decision's reasons. */
    record OrderView(
            String orderId,
            CustomerId customerId,
            String status,
            String decision,
            List<String> reasons,
            Money amount,
            Money captured,
            Money released,
            Money refunded,
            Money stillHeld,
            Instant authorisedAt,
            List<PlanView> plans)
            implements OrderAnswer {}

    @PostMapping("/api/v1/orders/{orderId}/authorisation")
    @PreAuthorize(Access.CHECKOUT_WRITE)
    ResponseEntity<OrderAnswer> authorise(
            @PathVariable @Pattern(regexp = ID) String orderId, @Valid @RequestBody Authorise request, Caller caller) {
        positive(request.amount());
        OrderAuthorisation.Outcome result = authorisation.authorise(
                orderId, request.customerId().value(), request.amount(), request.device(), partnerOf(caller));
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(result.order(), caller));
    }

    @PostMapping("/api/v1/orders/{orderId}/captures")
    @PreAuthorize(Access.CHECKOUT_WRITE)
    ResponseEntity<OrderAnswer> capture(
            @PathVariable String orderId, @Valid @RequestBody Capture request, Caller caller) {
        positive(request.amount());
        orderCapture.capture(
                orderId,
                request.captureId(),
                request.amount(),
                request.method(),
                request.method().installmentCount(request.installmentCount()),
                Boolean.TRUE.equals(request.merchantSubsidised()),
                partnerOf(caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(reading.get(orderId, partnerOf(caller)), caller));
    }

    @PostMapping("/api/v1/orders/{orderId}/void")
    @PreAuthorize(Access.CHECKOUT_WRITE)
    OrderAnswer voidOrder(@PathVariable String orderId, Caller caller) {
        return view(voiding.voidOrder(orderId, partnerOf(caller)), caller);
    }

    @PostMapping("/api/v1/orders/{orderId}/refunds")
    @PreAuthorize(Access.CHECKOUT_WRITE)
    ResponseEntity<OrderAnswer> refund(
            @PathVariable String orderId, @Valid @RequestBody Refund request, Caller caller) {
        positive(request.amount());
        refunding.refund(orderId, request.refundId(), request.amount(), partnerOf(caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(reading.get(orderId, partnerOf(caller)), caller));
    }

    @GetMapping("/api/v1/orders/{orderId}")
    @PreAuthorize(Access.ORDERS_READ)
    OrderAnswer get(@PathVariable String orderId, Caller caller) {
        return view(reading.get(orderId, partnerOf(caller)), caller);
    }

    /** Ops decide an order held for review: approve it, or void it. */
    @PostMapping("/api/v1/admin/orders/{orderId}/review")
    @PreAuthorize(Access.CREDIT_OFFICER)
    OrderView review(@PathVariable String orderId, @Valid @RequestBody Review request) {
        return fullView(orderReview.decide(orderId, request.approve()));
    }

    /** The partner a caller acts for; null for the shop and staff, who see every order. */
    private static String partnerOf(Caller caller) {
        return caller.isPartner() ? caller.partner() : null;
    }

    private OrderAnswer view(FinancedOrder o, Caller caller) {
        return caller.isPartner() ? PartnerOrderView.of(o, reading.plansOf(o)) : fullView(o);
    }

    private OrderView fullView(FinancedOrder o) {
        return new OrderView(
                o.orderId(),
                CustomerId.of(o.customerId()),
                o.status().name(),
                o.decision(),
                o.reasons(),
                o.amount(),
                o.captured(),
                o.released(),
                o.refunded(),
                stillHeld(o),
                o.authorisedAt(),
                reading.plansOf(o).stream().map(PlanView::of).toList());
    }

    /** What an order still holds on the line: nothing once it is no longer authorised. */
    static Money stillHeld(FinancedOrder o) {
        return o.status() == FinancedOrder.Status.AUTHORISED || o.status() == FinancedOrder.Status.IN_REVIEW
                ? o.remaining()
                : Money.ZERO;
    }

    private static void positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be positive");
        }
    }
}
