package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's credit line, for the shop and staff (never partners: their scopes do not include
 * customers:read), and its audited history, for staff only: it names staff users and their reasons.
 */
@RestController
@RequestMapping("/api/v1/credit-accounts")
class CreditAccountController {

    private final CreditAccounts accounts;
    private final AccountChanges changes;
    private final BusinessClock clock;

    CreditAccountController(CreditAccounts accounts, AccountChanges changes, BusinessClock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    record AccountView(
            CustomerId customerId,
            String status,
            String grade,
            Money permanentLimit,
            Money effectiveLimit,
            Money outstanding,
            Money held,
            Money available,
            List<RaiseView> temporaryRaises,
            LocalDate businessDate,
            Instant openedAt) {

        static AccountView of(CreditAccount a, LocalDate on) {
            return new AccountView(
                    CustomerId.of(a.customerId()),
                    a.status().name(),
                    a.grade(),
                    a.permanentLimit(),
                    a.effectiveLimit(on),
                    a.outstanding(),
                    a.held(),
                    a.available(on),
                    a.raises().stream()
                            .map(r -> new RaiseView(r.amount(), r.startsOn(), r.endsOn()))
                            .toList(),
                    on,
                    a.openedAt());
        }
    }

    record RaiseView(Money amount, LocalDate startsOn, LocalDate endsOn) {}

    record ChangeView(
            String kind,
            Money oldLimit,
            Money newLimit,
            String oldStatus,
            String newStatus,
            String actor,
            String reason,
            Instant changedAt) {}

    @Transactional(readOnly = true)
    @GetMapping("/{customerId}")
    @PreAuthorize(Access.CUSTOMER_READ)
    AccountView get(@PathVariable CustomerId customerId) {
        CreditAccount a = accounts.findById(customerId.value()).orElseThrow(AccountNotFound::new);
        return AccountView.of(a, clock.businessDate());
    }

    @GetMapping("/{customerId}/changes")
    @PreAuthorize(Access.STAFF)
    List<ChangeView> changes(@PathVariable CustomerId customerId) {
        if (!accounts.existsById(customerId.value())) {
            throw new AccountNotFound();
        }
        return changes.findByCustomerIdOrderByChangedAt(customerId.value()).stream()
                .map(c -> new ChangeView(
                        c.kind().name(),
                        c.oldLimit(),
                        c.newLimit(),
                        c.oldStatus(),
                        c.newStatus(),
                        c.actor(),
                        c.reason(),
                        c.changedAt()))
                .toList();
    }
}
