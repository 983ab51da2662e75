package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.security.Caller;
import com.creditline.common.security.MerchantAccess;
import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.CreditAccountController.AccountView;
import com.creditline.creditlimit.account.CreditAccountController.ChangeView;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.LineKind;
import com.creditline.events.risk.MerchantLineDecided;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A merchant's own line (kind MERCHANT, borrower id {@code mch-<merchantId>}), for the merchant's key
 * ({@code merchant:loans}), staff and services: the line as the credit-account view shows it and its
 * history. Only a MERCHANT line is ever shown under the merchant's path.
 */
@RestController
@Tag(name = "Merchant line", description = "A merchant's credit line and the decisions that set it, for the merchant.")
class MerchantLineController {

    private static final String STAFF_ACTOR = "staff";

    private final CreditAccounts accounts;
    private final AccountChanges changes;
    private final BusinessClock clock;
    private final CashRules cash;

    MerchantLineController(CreditAccounts accounts, AccountChanges changes, BusinessClock clock, CashRules cash) {
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
        this.cash = cash;
    }

    /** The merchant's line as of the business date, and every change to it, oldest first. */
    record MerchantLineView(String merchantId, AccountView line, List<ChangeView> history) {}

    @Transactional(readOnly = true)
    @GetMapping("/api/v1/merchants/{merchantId}/line")
    @Operation(
            summary = "Read a merchant's credit line",
            description = "The merchant's line (kind MERCHANT, borrower id mch-<merchantId>) as of the business date,"
                    + " as the credit-account view shows it: limit, effective limit, outstanding principal, held,"
                    + " available, status, grade, the date it opened and what may be drawn as cash (all of what is"
                    + " available); and its history, oldest first: each change with the rule or person that made"
                    + " it and why (risk's merchant-line decisions as risk:merchant-line with their reasons and"
                    + " model; a staff member shown to the merchant as staff, without the name). Callers: staff,"
                    + " platform services, or the merchant itself (a partner key of the merchant's id with the"
                    + " scope merchant:loans).")
    @ApiResponse(responseCode = "200", description = "The merchant's line and its history.")
    @ApiResponse(responseCode = "403", description = "The caller may not act for this merchant.")
    @ApiResponse(responseCode = "404", description = "The merchant has no line.")
    @PreAuthorize(MerchantAccess.LOANS_READ)
    MerchantLineView line(
            @Parameter(description = "The merchant's id: 3-40 lowercase letters, digits and inner hyphens.")
                    @PathVariable
                    @Pattern(regexp = MerchantId.FORMAT)
                    String merchantId,
            Caller caller) {
        MerchantAccess.actingFor(merchantId, caller);
        CustomerId borrower = CustomerId.of(MerchantLineDecided.borrowerIdOf(merchantId));
        CreditAccount account = accounts.findById(borrower)
                .filter(a -> a.kind() == LineKind.MERCHANT)
                .orElseThrow(MerchantLineNotFound::new);
        List<ChangeView> history = changes.findByCustomerIdOrderByChangedAt(borrower).stream()
                .map(ChangeView::of)
                .map(c -> caller.isPartner() ? withoutStaffName(c) : c)
                .toList();
        return new MerchantLineView(merchantId, AccountView.of(account, clock.businessDate(), cash.share()), history);
    }

    /** The merchant learns that staff changed its line, and why, but not who: staff names stay inside. */
    private static ChangeView withoutStaffName(ChangeView c) {
        if (!c.actor().startsWith(STAFF_ACTOR + ":")) {
            return c;
        }
        return new ChangeView(
                c.kind(),
                c.oldLimit(),
                c.newLimit(),
                c.oldStatus(),
                c.newStatus(),
                STAFF_ACTOR,
                c.reason(),
                c.changedAt());
    }
}
