package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What credit officers change on a line, always with a reason: the permanent limit, dated
 * temporary raises, and the status. Every change is audited under the authenticated caller's name
 * ({@link Caller#actor()}, e.g. {@code staff:olga}) as the gateway vouched for it, never a name the
 * request states about itself. The caller is no parameter of the API: it comes from the token.
 */
@RestController
@Transactional
@RequestMapping("/api/v1/admin/credit-accounts/{customerId}")
class AdminCreditAccountController {

    private final CreditLineServicing lines;
    private final BusinessClock clock;

    AdminCreditAccountController(CreditLineServicing lines, BusinessClock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    record SetLimit(
            @NotNull Money limit, @NotBlank @Size(max = 500) String reason) {}

    record AddTemporaryRaise(
            @NotNull Money amount,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotBlank @Size(max = 500) String reason) {}

    record ChangeStatus(
            @NotNull AccountStatus status,
            @NotBlank @Size(max = 500) String reason) {}

    @PutMapping("/limit")
    @PreAuthorize(Access.CREDIT_OFFICER)
    CreditAccountController.AccountView setLimit(
            @PathVariable CustomerId customerId, Caller caller, @Valid @RequestBody SetLimit request) {
        return view(lines.setPermanentLimit(customerId.value(), request.limit(), caller.actor(), request.reason()));
    }

    @PostMapping("/temporary-raises")
    @PreAuthorize(Access.CREDIT_OFFICER)
    CreditAccountController.AccountView addTemporaryRaise(
            @PathVariable CustomerId customerId, Caller caller, @Valid @RequestBody AddTemporaryRaise request) {
        return view(lines.addTemporaryRaise(
                customerId.value(),
                request.amount(),
                request.startsOn(),
                request.endsOn(),
                caller.actor(),
                request.reason()));
    }

    @PutMapping("/status")
    @PreAuthorize(Access.CREDIT_OFFICER)
    CreditAccountController.AccountView changeStatus(
            @PathVariable CustomerId customerId, Caller caller, @Valid @RequestBody ChangeStatus request) {
        return view(lines.changeStatus(customerId.value(), request.status(), caller.actor(), request.reason()));
    }

    private CreditAccountController.AccountView view(CreditAccount account) {
        return CreditAccountController.AccountView.of(account, clock.businessDate());
    }
}
