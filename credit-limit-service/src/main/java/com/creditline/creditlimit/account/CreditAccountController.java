package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's credit line and its audited history. */
@RestController
@RequestMapping("/api/v1/credit-accounts")
class CreditAccountController {

    private final CreditAccounts accounts;
    private final AccountChanges changes;

    CreditAccountController(CreditAccounts accounts, AccountChanges changes) {
        this.accounts = accounts;
        this.changes = changes;
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
            Instant openedAt) {}

    record ChangeView(
            String kind,
            Money oldLimit,
            Money newLimit,
            String oldStatus,
            String newStatus,
            String actor,
            String reason,
            Instant changedAt) {}

    @GetMapping("/{customerId}")
    AccountView get(@PathVariable CustomerId customerId) {
        CreditAccount a = accounts.findById(customerId.value()).orElseThrow(AccountNotFound::new);
        return new AccountView(
                customerId,
                a.status().name(),
                a.grade(),
                a.permanentLimit(),
                a.effectiveLimit(),
                a.outstanding(),
                a.held(),
                a.available(),
                a.openedAt());
    }

    @GetMapping("/{customerId}/changes")
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
