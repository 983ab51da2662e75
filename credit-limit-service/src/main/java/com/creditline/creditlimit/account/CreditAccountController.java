package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.AccountChange;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.CashShare;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.LineKind;
import com.creditline.creditlimit.account.model.LineRoom;
import com.creditline.creditlimit.account.model.TemporaryRaise;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Credit accounts",
        description = "A customer's credit line: its limits, what is owed and held, and what is available.")
class CreditAccountController {

    private final CreditAccounts accounts;
    private final AccountChanges changes;
    private final BusinessClock clock;
    private final CashRules cash;

    CreditAccountController(CreditAccounts accounts, AccountChanges changes, BusinessClock clock, CashRules cash) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
        this.cash = cash;
    }

    /**
     * The line as of the business date. {@code cashLimit} is the configured share of the effective
     * limit (rounded down to the fen, never more than the ceiling leaves beside the other spending),
     * {@code cashOutstanding} the principal owed on cash draws, {@code cashAvailable} what may still
     * be drawn as cash (never more than {@code available}). Every figure of a CONSUMER line stays
     * under the ceiling; a MERCHANT line follows its own written limits and is drawn as cash only
     * ({@code cashLimit} is its effective limit).
     */
    record AccountView(
            CustomerId customerId,
            AccountStatus status,
            String grade,
            Money permanentLimit,
            Money effectiveLimit,
            Money outstanding,
            Money held,
            Money available,
            List<RaiseView> temporaryRaises,
            LocalDate businessDate,
            Instant openedAt,
            Money cashLimit,
            Money cashOutstanding,
            Money cashAvailable,
            LineKind kind) {

        static AccountView of(CreditAccount a, LocalDate on, CashShare share) {
            LineRoom room = a.room(on, share);
            return new AccountView(
                    a.customerId(),
                    a.status(),
                    a.grade(),
                    a.permanentLimit(),
                    a.effectiveLimit(on),
                    a.outstanding(),
                    a.held(),
                    room.available(),
                    a.raises().stream().map(r -> RaiseView.of(r, on)).toList(),
                    on,
                    a.openedAt(),
                    room.cashLimit(),
                    a.cash().outstanding(),
                    room.cashAvailable(),
                    a.kind());
        }
    }

    /**
     * A temporary raise, where it came from (an officer: OPS, or a festival campaign: CAMPAIGN, with
     * its id and the name it goes by in the history, e.g. "campaign 618") and where it stands on the
     * business date.
     */
    record RaiseView(
            Money amount,
            LocalDate startsOn,
            LocalDate endsOn,
            TemporaryRaise.Source source,
            String placedBy,
            @Schema(types = {"string", "null"}) String campaignId,
            TemporaryRaise.State state) {

        static RaiseView of(TemporaryRaise r, LocalDate on) {
            return new RaiseView(
                    r.amount(), r.startsOn(), r.endsOn(), r.source(), r.placedBy(), r.campaignId(), r.stateOn(on));
        }
    }

    /** A change names the limits or the statuses it moved; the other pair is null. */
    record ChangeView(
            AccountChange.Kind kind,
            @Schema(types = {"object", "null"}) Money oldLimit,
            @Schema(types = {"object", "null"}) Money newLimit,
            @Schema(types = {"string", "null"}) String oldStatus,
            @Schema(types = {"string", "null"}) String newStatus,
            String actor,
            @Schema(types = {"string", "null"}) String reason,
            Instant changedAt) {

        static ChangeView of(AccountChange c) {
            return new ChangeView(
                    c.kind(),
                    c.oldLimit(),
                    c.newLimit(),
                    nameOf(c.oldStatus()),
                    nameOf(c.newStatus()),
                    c.actor(),
                    c.reason(),
                    c.changedAt());
        }

        /**
         * A status as the history has always shown it: its name, or null when the change moved a limit.
         * Text rather than the enum, so that the document keeps saying "a string or null" (an enum of
         * names would refuse the null).
         */
        private static String nameOf(AccountStatus status) {
            return status == null ? null : status.name();
        }
    }

    @Transactional(readOnly = true)
    @GetMapping("/{customerId}")
    @Operation(
            summary = "Read a customer's credit line",
            description = "The line as of the business date: the permanent limit, the effective limit (the"
                    + " permanent limit plus the temporary raises in force that day), the principal"
                    + " outstanding, the amount held for orders not yet captured, and what is available"
                    + " (effective limit minus outstanding minus held, never below zero nor past the ceiling"
                    + " of 200000.00 CNY owed and held per borrower; zero on a closed line); the cash limit"
                    + " (a configured share of the effective limit), the principal owed on cash draws and"
                    + " the cash available (never more than available); the date the line opened, its"
                    + " grade and status; its kind (CONSUMER, or MERCHANT: a merchant's line, under its own"
                    + " written limits rather than the consumer ceiling, drawn only as cash); and the"
                    + " temporary raises with their source (ops or a campaign) and state (upcoming, in"
                    + " force, lapsed). For the shop and staff; partners' scopes do not include"
                    + " customers:read.")
    @ApiResponse(responseCode = "200", description = "The credit line.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account.")
    @PreAuthorize(Access.CUSTOMER_READ + " or " + Access.SERVICE)
    AccountView get(@PathVariable CustomerId customerId) {
        CreditAccount a = accounts.findById(customerId).orElseThrow(AccountNotFound::new);
        return AccountView.of(a, clock.businessDate(), cash.share());
    }

    @GetMapping("/{customerId}/changes")
    @Operation(
            summary = "Read the audited history of a credit line",
            description = "Every change to the line, oldest first: limit changes, temporary raises placed"
                    + " (by an officer or a festival campaign; a campaign's offer not placed says why), each"
                    + " raise's start and lapse as the business date reaches them, and status changes (a"
                    + " fraud decline freezes the line), each with the staff user, campaign or rule that made"
                    + " it and the reason. For staff only, since it names staff users.")
    @ApiResponse(responseCode = "200", description = "The changes, oldest first.")
    @ApiResponse(responseCode = "404", description = "The customer has no credit account.")
    @PreAuthorize(Access.STAFF)
    List<ChangeView> changes(@PathVariable CustomerId customerId) {
        if (!accounts.existsById(customerId)) {
            throw new AccountNotFound();
        }
        return changes.findByCustomerIdOrderByChangedAt(customerId).stream()
                .map(ChangeView::of)
                .toList();
    }
}
