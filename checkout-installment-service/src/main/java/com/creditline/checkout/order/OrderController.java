package com.creditline.checkout.order;

import com.creditline.checkout.CheckoutAccess;
import com.creditline.checkout.fraud.DeviceLocation;
import com.creditline.checkout.fraud.ShippingAddress;
import com.creditline.checkout.order.model.CaptureRequest;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.OrderRequest;
import com.creditline.checkout.order.model.RefundRequest;
import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.id.RefundId;
import com.creditline.common.id.TextId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
@Tag(
        name = "Orders",
        description = "Checkout financing of an order: authorise it on the customer's line, capture it into"
                + " installment plans, void what is left, refund after capture. A partner sees only the orders"
                + " it placed, for customers linked to it, without the decision's reasons.")
class OrderController {

    private final OrderAuthorisation authorisation;
    private final OrderCapture orderCapture;
    private final OrderVoiding voiding;
    private final OrderRefunding refunding;
    private final OrderReading reading;
    private final AuthorisationMeters meters;

    OrderController(
            OrderAuthorisation authorisation,
            OrderCapture orderCapture,
            OrderVoiding voiding,
            OrderRefunding refunding,
            OrderReading reading,
            AuthorisationMeters meters) {
        this.authorisation = authorisation;
        this.orderCapture = orderCapture;
        this.voiding = voiding;
        this.refunding = refunding;
        this.reading = reading;
        this.meters = meters;
    }

    /** An order as this caller may see it: the full view, or a partner's. */
    sealed interface OrderAnswer permits OrderView, PartnerOrderView {}

    @Schema(description = "An order to finance on the customer's credit line.", example = """
                    {"customerId": "C-10042", "amount": {"amount": "3999.00", "currency": "CNY"},
                     "device": {"deviceId": "dev-7f3a", "latitude": 31.2304, "longitude": 121.4737},
                     "shippingAddress": "88 Nanjing Road, Huangpu, Shanghai", "merchantId": "mi-store"}""")
    record Authorise(
            @NotNull CustomerId customerId,
            @NotNull Money amount,
            @Valid DeviceLocation device,

            @Schema(
                    description = "The enrolled merchant selling the goods (optional; absent: the platform's own"
                            + " store). Only a merchant's subsidy agreement makes a plan of the order 0% for the"
                            + " customer, and the merchant's discount rate applies to what is captured.",
                    example = "mi-store")
            MerchantId merchantId,

            @Schema(
                    description = "Where the order ships, as free text (optional). Personal data: used only as a"
                            + " fingerprint for the fraud check (docs/fraud.md), never stored, logged or returned.")
            @Size(max = 500)
            String shippingAddress) {

        /** The address is personal data: never in a log line, even by accident. */
        @Override
        public String toString() {
            return "Authorise[customerId=" + customerId + ", amount=" + amount + ", device=" + device + ", merchantId="
                    + merchantId + ", shippingAddress=" + ShippingAddress.ofNullable(shippingAddress) + "]";
        }
    }

    /** A capture: an installment plan names its installment count, pay in full may leave it out. */
    @InstallmentCountRequired
    @Schema(description = "A capture of part or all of the authorised amount into one plan.", example = """
                    {"captureId": "order-8841-capture-1", "amount": {"amount": "1200.00", "currency": "CNY"},
                     "method": "FLAT_MONTHLY_FEE", "installmentCount": 12, "merchantSubsidised": false}""")
    record Capture(
            @NotNull @Pattern(regexp = TextId.FORMAT) String captureId,
            @NotNull Money amount,
            @NotNull PricingMethod method,
            @Min(1) @Max(24) Integer installmentCount,
            Boolean merchantSubsidised) {}

    @Schema(description = "A refund of captured money.", example = """
                    {"refundId": "order-8841-refund-1", "amount": {"amount": "300.00", "currency": "CNY"}}""")
    record Refund(
            @NotNull @Pattern(regexp = TextId.FORMAT) String refundId,
            @NotNull Money amount) {}

    @PostMapping("/api/v1/orders/{orderId}/authorisation")
    @PreAuthorize(CheckoutAccess.CHECKOUT_WRITE)
    @Operation(
            summary = "Authorise an order on the customer's credit line",
            description = "Screens the order for fraud and, if it passes, holds its amount on the customer's line"
                    + " until it is captured or voided. The answer is the decision: APPROVE (status AUTHORISED),"
                    + " REVIEW (held until ops decide) or DECLINE, with its reasons for the shop. 201 for a new"
                    + " authorisation; idempotent per order id: the same request again answers 200 with the first"
                    + " outcome and holds nothing more. A partner may only authorise for a customer who linked"
                    + " their line to it. The optional shipping address is screened by its fingerprint only: it is"
                    + " never stored, logged or returned. A decline for fraud freezes the customer's line until an"
                    + " officer unfreezes it (docs/fraud.md). An order may name the enrolled merchant selling the"
                    + " goods (merchantId); it must be ACTIVE.")
    @ApiResponse(responseCode = "201", description = "The order was authorised, held for review or declined.")
    @ApiResponse(responseCode = "200", description = "A replay: the outcome of the first request with this order id.")
    @ApiResponse(
            responseCode = "404",
            description = "The customer has no approved credit line (or, to a partner, has not linked it).")
    @ApiResponse(
            responseCode = "409",
            description = "The order id is already in use by another placer or for another customer or amount,"
                    + " or an authorisation of it is still being processed.")
    @ApiResponse(
            responseCode = "422",
            description = "The merchant named is not enrolled (merchant-not-enrolled) or is suspended"
                    + " (merchant-suspended).")
    ResponseEntity<OrderAnswer> authorise(
            @PathVariable @Pattern(regexp = TextId.FORMAT) String orderId,
            @Valid @RequestBody Authorise request,
            Caller caller) {
        positive(request.amount());
        OrderAuthorisation.Outcome result = authorisation.authorise(
                new OrderRequest(
                        OrderId.of(orderId),
                        request.customerId(),
                        partnerOf(caller),
                        request.amount(),
                        request.merchantId()),
                request.device(),
                ShippingAddress.fingerprintOf(request.shippingAddress()));
        if (result.created()) {
            meters.decided(result.order());
        }
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(result.order(), caller));
    }

    @PostMapping("/api/v1/orders/{orderId}/captures")
    @PreAuthorize(CheckoutAccess.CHECKOUT_WRITE)
    @Operation(
            summary = "Capture an authorised order into an installment plan",
            description = "Turns part or all of what the order still holds into a plan: pay in full (one payment,"
                    + " no fee, installmentCount may be left out) or 3 to 24 monthly installments priced by the"
                    + " chosen method. merchantSubsidised makes an installment plan 0% for the customer, its fees paid"
                    + " by the order's merchant: only when the merchant is ACTIVE and has a subsidy agreement in force"
                    + " on the business date covering the count and the principal. Every plan of a merchant's order"
                    + " records the merchant discount (principal x its discount rate at capture). An order may be"
                    + " captured in parts (partial and split captures), each part a plan of its own, up to the"
                    + " authorised amount. Idempotent per capture id: the same capture again changes nothing.")
    @ApiResponse(responseCode = "201", description = "The capture was made (or replayed); the order with its plans.")
    @ApiResponse(responseCode = "404", description = "No order has that id (or it is another partner's order).")
    @ApiResponse(
            responseCode = "409",
            description = "The capture id was already used for another order or amount, or that capture is"
                    + " still being processed.")
    @ApiResponse(
            responseCode = "422",
            description = "The order cannot be captured in its status, the capture is more than the amount still"
                    + " authorised, the plan is not offered for that amount and grade, the plan is asked for"
                    + " subsidised without a merchant's agreement covering it (subsidy-not-agreed), or the credit"
                    + " line refused the capture.")
    ResponseEntity<OrderAnswer> capture(
            @PathVariable String orderId, @Valid @RequestBody Capture request, Caller caller) {
        positive(request.amount());
        OrderId order = existing(orderId);
        orderCapture.capture(
                new CaptureRequest(
                        order,
                        CaptureId.of(request.captureId()),
                        request.amount(),
                        request.method(),
                        request.method().installmentCount(request.installmentCount()),
                        Boolean.TRUE.equals(request.merchantSubsidised())),
                partnerOf(caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(reading.get(order, partnerOf(caller)), caller));
    }

    @PostMapping("/api/v1/orders/{orderId}/void")
    @PreAuthorize(CheckoutAccess.CHECKOUT_WRITE)
    @Operation(
            summary = "Void what an order still holds",
            description = "Releases the part of the authorisation not captured back to the customer's line; what"
                    + " was captured stays in its plans. Voiding an order already voided changes nothing.")
    @ApiResponse(responseCode = "200", description = "The order after the void.")
    @ApiResponse(responseCode = "404", description = "No order has that id (or it is another partner's order).")
    @ApiResponse(responseCode = "422", description = "The order has nothing left to void in its status.")
    OrderAnswer voidOrder(@PathVariable String orderId, Caller caller) {
        return view(voiding.voidOrder(existing(orderId), partnerOf(caller)), caller);
    }

    @PostMapping("/api/v1/orders/{orderId}/refunds")
    @PreAuthorize(CheckoutAccess.CHECKOUT_WRITE)
    @Operation(
            summary = "Refund captured money",
            description = "Refunds up to what was captured and not yet refunded. The refund is spread over the"
                    + " order's plans latest plan first; each plan shrinks by its part and the principal goes back"
                    + " to the customer's line. Idempotent per refund id: the same refund again changes nothing.")
    @ApiResponse(responseCode = "201", description = "The refund was made (or replayed); the order with its plans.")
    @ApiResponse(responseCode = "404", description = "No order has that id (or it is another partner's order).")
    @ApiResponse(responseCode = "409", description = "The refund id was already used for another order or amount.")
    @ApiResponse(responseCode = "422", description = "The refund is more than the captured amount not yet refunded.")
    ResponseEntity<OrderAnswer> refund(
            @PathVariable String orderId, @Valid @RequestBody Refund request, Caller caller) {
        positive(request.amount());
        OrderId order = existing(orderId);
        refunding.refund(
                new RefundRequest(order, RefundId.of(request.refundId()), request.amount()), partnerOf(caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(reading.get(order, partnerOf(caller)), caller));
    }

    @GetMapping("/api/v1/orders/{orderId}")
    @PreAuthorize(CheckoutAccess.ORDERS_READ)
    @Operation(
            summary = "Read an order",
            description = "The order with its amounts and plans. The shop and staff see the whole order with the"
                    + " decision's reasons; a partner sees only its own orders, without the customer or the reasons.")
    @ApiResponse(responseCode = "200", description = "The order as this caller may see it.")
    @ApiResponse(responseCode = "404", description = "No order has that id (or it is another partner's order).")
    OrderAnswer get(@PathVariable String orderId, Caller caller) {
        return view(reading.get(existing(orderId), partnerOf(caller)), caller);
    }

    /** The partner a caller acts for; null for the shop and staff, who see every order. */
    private static PartnerId partnerOf(Caller caller) {
        return caller.isPartner() ? PartnerId.of(caller.partner()) : null;
    }

    /** An order id from the path: one that is not even in the format of an id names no order. */
    static OrderId existing(String orderId) {
        try {
            return OrderId.of(orderId);
        } catch (IllegalArgumentException notAnId) {
            throw new OrderNotFound();
        }
    }

    private OrderAnswer view(FinancedOrder o, Caller caller) {
        return caller.isPartner() ? PartnerOrderView.of(o, reading.plansOf(o)) : fullView(o);
    }

    private OrderView fullView(FinancedOrder o) {
        return OrderView.of(o, reading.plansOf(o));
    }

    private static void positive(Money amount) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("the amount must be positive");
        }
    }
}
