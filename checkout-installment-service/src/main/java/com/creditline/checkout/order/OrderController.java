package com.creditline.checkout.order;

import com.creditline.checkout.fraud.DeviceLocation;
import com.creditline.checkout.pricing.Percent;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout financing for the shop: authorise an order on the customer's line, capture it (in
 * parts) into installment plans, void what is left, refund after capture.
 */
@RestController
class OrderController {

    static final String ID = "[A-Za-z0-9_.:-]{1,64}";

    private final Orders orders;

    OrderController(Orders orders) {
        this.orders = orders;
    }

    record Authorise(
            @NotNull CustomerId customerId,
            @NotNull Money amount,
            @Valid DeviceLocation device) {}

    record Capture(
            @NotNull @Pattern(regexp = ID) String captureId,
            @NotNull Money amount,
            @NotNull PricingMethod method,
            @NotNull @Min(1) @Max(24) Integer installmentCount,
            Boolean merchantSubsidised) {}

    record Refund(
            @NotNull @Pattern(regexp = ID) String refundId,
            @NotNull Money amount) {}

    record Review(@NotNull Boolean approve) {}

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
            List<PlanView> plans) {}

    record PlanView(
            UUID planId,
            String captureId,
            Money principal,
            Money refunded,
            String method,
            int installmentCount,
            String nominalApr,
            String effectiveApr,
            Money totalFee,
            boolean merchantSubsidised,
            Money merchantFee,
            LocalDate captureDate) {

        static PlanView of(FinancedPlan p) {
            return new PlanView(
                    p.planId(),
                    p.captureId(),
                    p.principal(),
                    p.refunded(),
                    p.method(),
                    p.installmentCount(),
                    Percent.of(p.nominalApr()),
                    Percent.of(p.effectiveApr()),
                    p.totalFee(),
                    p.merchantSubsidised(),
                    p.merchantFee(),
                    p.captureDate());
        }
    }

    @PostMapping("/api/v1/orders/{orderId}/authorisation")
    ResponseEntity<OrderView> authorise(
            @PathVariable @Pattern(regexp = ID) String orderId, @Valid @RequestBody Authorise request) {
        positive(request.amount());
        Orders.Authorisation result =
                orders.authorise(orderId, request.customerId().value(), request.amount(), request.device());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(result.order()));
    }

    @PostMapping("/api/v1/orders/{orderId}/captures")
    ResponseEntity<OrderView> capture(@PathVariable String orderId, @Valid @RequestBody Capture request) {
        positive(request.amount());
        orders.capture(
                orderId,
                request.captureId(),
                request.amount(),
                request.method(),
                request.installmentCount(),
                Boolean.TRUE.equals(request.merchantSubsidised()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(orders.get(orderId)));
    }

    @PostMapping("/api/v1/orders/{orderId}/void")
    OrderView voidOrder(@PathVariable String orderId) {
        return view(orders.voidOrder(orderId));
    }

    @PostMapping("/api/v1/orders/{orderId}/refunds")
    ResponseEntity<OrderView> refund(@PathVariable String orderId, @Valid @RequestBody Refund request) {
        positive(request.amount());
        orders.refund(orderId, request.refundId(), request.amount());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(orders.get(orderId)));
    }

    @GetMapping("/api/v1/orders/{orderId}")
    OrderView get(@PathVariable String orderId) {
        return view(orders.get(orderId));
    }

    /** Ops decide an order held for review: approve it, or void it. */
    @PostMapping("/api/v1/admin/orders/{orderId}/review")
    OrderView review(@PathVariable String orderId, @Valid @RequestBody Review request) {
        return view(request.approve() ? orders.approveReview(orderId) : orders.voidOrder(orderId));
    }

    private OrderView view(FinancedOrder o) {
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
                o.status() == FinancedOrder.Status.AUTHORISED || o.status() == FinancedOrder.Status.IN_REVIEW
                        ? o.remaining()
                        : Money.ZERO,
                o.authorisedAt(),
                orders.plansOf(o.orderId()).stream().map(PlanView::of).toList());
    }

    private static void positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be positive");
        }
    }
}
