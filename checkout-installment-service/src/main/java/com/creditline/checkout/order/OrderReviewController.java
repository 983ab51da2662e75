package com.creditline.checkout.order;

import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit officers work the orders the fraud check held for review (docs/fraud.md): the queue,
 * oldest first, and the decision on each, with a reason, kept under the officer's name.
 */
@RestController
@Tag(name = "Orders")
class OrderReviewController {

    private final OrderReview review;
    private final OrderReading reading;

    OrderReviewController(OrderReview review, OrderReading reading) {
        this.review = review;
        this.reading = reading;
    }

    @Schema(
            description = "A credit officer's decision on an order held for review, and why.",
            example = "{\"approve\": true, \"reason\": \"customer confirmed the order by phone\"}")
    record Review(
            @NotNull Boolean approve,
            @NotBlank @Size(max = 500) String reason) {}

    record ReviewQueueView(
            @Schema(description = "How many orders wait for review in all.")
            long waiting,

            @Schema(description = "The oldest of them, oldest first.")
            List<WaitingOrder> orders) {}

    record WaitingOrder(
            String orderId,

            @Schema(description = "The customer's id masked (first two and last two characters).", example = "C-****42")
            String customer,

            Money amount,

            @Schema(description = "The fraud check's reasons, e.g. SHARED_DEVICE.")
            List<String> reasons,

            Instant authorisedAt) {

        static WaitingOrder of(FinancedOrder o) {
            return new WaitingOrder(
                    o.orderId().value(), o.customerId().masked(), o.amount(), o.reasons(), o.authorisedAt());
        }
    }

    @GetMapping("/api/v1/admin/orders/reviews")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The orders waiting for review",
            description = "Orders the fraud check held for review (status IN_REVIEW), oldest first, at most limit of"
                    + " them, with how many wait in all: the customer masked, the amount, the fraud check's reasons"
                    + " and when the order was authorised. A credit officer decides each with POST"
                    + " /api/v1/admin/orders/{orderId}/review.")
    @ApiResponse(responseCode = "200", description = "The queue, oldest first.")
    ReviewQueueView queue(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        OrderReview.Queue queue = review.queue(limit);
        return new ReviewQueueView(
                queue.waiting(), queue.oldest().stream().map(WaitingOrder::of).toList());
    }

    /** A credit officer decides an order held for review: approve it, or void it; with a reason. */
    @PostMapping("/api/v1/admin/orders/{orderId}/review")
    @PreAuthorize(Access.CREDIT_OFFICER)
    @Operation(
            summary = "Decide an order held for review",
            description = "A credit officer approves an order held for review (it becomes AUTHORISED and can be"
                    + " captured) or refuses it (its hold is released and it is voided). The officer and the reason"
                    + " are kept on the order. The queue of orders waiting is GET /api/v1/admin/orders/reviews.")
    @ApiResponse(responseCode = "200", description = "The order after the decision.")
    @ApiResponse(responseCode = "404", description = "No order has that id.")
    @ApiResponse(responseCode = "422", description = "The order is not waiting for review.")
    OrderView decide(@PathVariable String orderId, @Valid @RequestBody Review request, Caller caller) {
        FinancedOrder decided = review.decide(new OrderReview.DecidingReview(
                OrderController.existing(orderId),
                request.approve(),
                caller.actor(),
                request.reason().strip()));
        return OrderView.of(decided, reading.plansOf(decided));
    }
}
