package com.creditline.repayment.plan;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading plans (the shop and staff): one plan with its schedule, a customer's plans, a plan's ledger. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {

    private final PlanReading reading;

    PlanController(PlanReading reading) {
        this.reading = reading;
    }

    record LedgerEntryView(
            long entryId,
            Integer installmentNumber,
            String kind,
            Money amount,
            LocalDate businessDate,
            String reference,
            Instant recordedAt) {

        static LedgerEntryView of(LedgerEntry e) {
            return new LedgerEntryView(
                    e.id(),
                    e.installmentNumber(),
                    e.kind().name(),
                    e.amount(),
                    e.businessDate(),
                    e.reference(),
                    e.recordedAt());
        }
    }

    @GetMapping("/{planId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    PlanView plan(@PathVariable UUID planId) {
        return reading.plan(planId);
    }

    @GetMapping
    @PreAuthorize(Access.CUSTOMER_READ)
    List<PlanView> customerPlans(@RequestParam CustomerId customerId) {
        return reading.customerPlans(customerId.value());
    }

    @GetMapping("/{planId}/ledger")
    @PreAuthorize(Access.CUSTOMER_READ)
    List<LedgerEntryView> ledger(@PathVariable UUID planId) {
        return reading.ledger(planId).stream().map(LedgerEntryView::of).toList();
    }
}
