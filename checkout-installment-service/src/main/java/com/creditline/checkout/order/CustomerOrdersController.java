package com.creditline.checkout.order;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's orders, for the shop and staff (Customer 360). Partners read their own orders one
 * by one ({@link OrderController}); they never list a customer's.
 */
@RestController
@Tag(name = "Orders")
class CustomerOrdersController {

    private final OrderReading reading;

    CustomerOrdersController(OrderReading reading) {
        this.reading = reading;
    }

    @GetMapping("/api/v1/orders")
    @PreAuthorize(Access.CUSTOMER_READ)
    @Operation(
            summary = "List a customer's orders",
            description = "The customer's orders, the latest authorisation first, at most `limit` of them (20 unless"
                    + " asked, 100 at most), each as the shop and staff see it: status, decision and reasons, the"
                    + " merchant, the amounts authorised, captured, released, refunded and still held, and the plans"
                    + " its captures opened. An empty list for a customer who never ordered. Not for partners.")
    @ApiResponse(responseCode = "200", description = "The orders, the latest first; possibly none.")
    @ApiResponse(
            responseCode = "400",
            description = "No customer id, one not in the format of an id, or a limit outside 1-100.")
    @ApiResponse(responseCode = "403", description = "A partner, or a caller who may not read customers.")
    List<OrderView> customerOrders(
            @RequestParam CustomerId customerId,
            @Parameter(description = "How many orders at most, 1-100.")
                    @RequestParam(defaultValue = "20")
                    @Min(1)
                    @Max(100)
                    int limit) {
        return reading.customerOrders(customerId, limit);
    }
}
