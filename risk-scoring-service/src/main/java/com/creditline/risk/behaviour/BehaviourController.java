package com.creditline.risk.behaviour;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.Access;
import com.creditline.risk.behaviour.model.BehaviourSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff read what the behaviour score sees of a customer. */
@Tag(name = "Customer behaviour", description = "A customer's behaviour as the behaviour score reads it.")
@RestController
class BehaviourController {

    private final BehaviourRecording behaviours;

    BehaviourController(BehaviourRecording behaviours) {
        this.behaviours = behaviours;
    }

    @Operation(
            summary = "Read a customer's behaviour",
            description = "What the platform's events say of a customer, as of the business date: months on book,"
                    + " on-time streak, days past due now and the worst over 6 and 12 months, utilisation of the"
                    + " line (outstanding principal over the limit), plans, refunds and payments.")
    @ApiResponse(responseCode = "200", description = "The customer's behaviour.")
    @ApiResponse(responseCode = "404", description = "No event has told risk-scoring of this customer yet.")
    @GetMapping("/api/v1/admin/risk/customers/{customerId}/behaviour")
    @PreAuthorize(Access.STAFF)
    BehaviourSnapshot behaviour(@PathVariable CustomerId customerId) {
        return behaviours.snapshot(customerId).orElseThrow(BehaviourNotKnown::new);
    }
}
