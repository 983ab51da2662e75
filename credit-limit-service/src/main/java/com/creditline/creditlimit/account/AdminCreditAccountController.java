package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.AddingTemporaryRaise;
import com.creditline.creditlimit.account.model.ChangingStatus;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.SettingLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Credit line administration",
        description = "What credit officers change on a line, always with a reason, audited under their name.")
class AdminCreditAccountController {

    private final CreditLineServicing lines;
    private final BusinessClock clock;
    private final CashRules cash;

    AdminCreditAccountController(CreditLineServicing lines, BusinessClock clock, CashRules cash) {
        this.lines = lines;
        this.clock = clock;
        this.cash = cash;
    }

    @Schema(
            example = "{\"limit\": {\"amount\": \"8000.00\", \"currency\": \"CNY\"},"
                    + " \"reason\": \"income verified\"}")
    record SetLimit(
            @NotNull Money limit, @NotBlank @Size(max = 500) String reason) {}

    @Schema(
            example = "{\"amount\": {\"amount\": \"2000.00\", \"currency\": \"CNY\"},"
                    + " \"startsOn\": \"2026-11-01\", \"endsOn\": \"2026-11-30\"," + " \"reason\": \"Singles' Day\"}")
    record AddTemporaryRaise(
            @NotNull Money amount,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotBlank @Size(max = 500) String reason) {}

    @Schema(example = "{\"status\": \"FROZEN\", \"reason\": \"suspected fraud\"}")
    record ChangeStatus(
            @NotNull AccountStatus status,
            @NotBlank @Size(max = 500) String reason) {}

    @PutMapping("/limit")
    @Operation(
            summary = "Set the permanent limit",
            description = "A credit officer sets the line's permanent limit, with a reason. The limit lies"
                    + " between 500.00 and 200000.00 CNY and never below the principal outstanding. The"
                    + " change is audited under the officer's name and announced as CreditLimitChanged.")
    @ApiResponse(responseCode = "200", description = "The line with its new limit.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account.")
    @ApiResponse(
            responseCode = "422",
            description = "The limit is outside 500.00 to 200000.00 CNY, or below the principal outstanding.")
    @PreAuthorize(Access.CREDIT_OFFICER)
    CreditAccountController.AccountView setLimit(
            @PathVariable CustomerId customerId, Caller caller, @Valid @RequestBody SetLimit request) {
        return view(lines.setPermanentLimit(
                new SettingLimit(customerId, request.limit(), caller.actor(), request.reason())));
    }

    @PostMapping("/temporary-raises")
    @Operation(
            summary = "Add a temporary raise",
            description = "A credit officer raises the line by an amount between two business dates"
                    + " (both included), with a reason; the raise counts in the effective limit only on"
                    + " those dates. A closed line takes no raise. Audited under the officer's name.")
    @ApiResponse(responseCode = "200", description = "The line with the raise.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account.")
    @ApiResponse(responseCode = "422", description = "The line is closed.")
    @PreAuthorize(Access.CREDIT_OFFICER)
    CreditAccountController.AccountView addTemporaryRaise(
            @PathVariable CustomerId customerId, Caller caller, @Valid @RequestBody AddTemporaryRaise request) {
        return view(lines.addTemporaryRaise(new AddingTemporaryRaise(
                customerId, request.amount(), request.startsOn(), request.endsOn(), caller.actor(), request.reason())));
    }

    @PutMapping("/status")
    @Operation(
            summary = "Change the status of a line",
            description = "A credit officer moves the line to ACTIVE, FROZEN (no new spending), DELINQUENT"
                    + " or CLOSED, with a reason. CLOSED is final. Setting the status the line already has"
                    + " changes nothing. A frozen line (a fraud decline, ops, collections) goes back to"
                    + " ACTIVE only this way: no automatic rule lifts a freeze. Audited under the officer's"
                    + " name.")
    @ApiResponse(responseCode = "200", description = "The line with its status.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account.")
    @ApiResponse(responseCode = "422", description = "The line is closed: a closed line stays closed.")
    @PreAuthorize(Access.CREDIT_OFFICER)
    CreditAccountController.AccountView changeStatus(
            @PathVariable CustomerId customerId, Caller caller, @Valid @RequestBody ChangeStatus request) {
        return view(
                lines.changeStatus(new ChangingStatus(customerId, request.status(), caller.actor(), request.reason())));
    }

    private CreditAccountController.AccountView view(CreditAccount account) {
        return CreditAccountController.AccountView.of(account, clock.businessDate(), cash.share());
    }
}
