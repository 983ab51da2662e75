package com.creditline.repayment.journal;

import com.creditline.common.money.Money;
import com.creditline.common.security.Access;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.Side;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff read the journal: the trial balance with its control accounts, and the entries of a movement. */
@RestController
@RequestMapping("/api/v1/admin/journal")
@Tag(name = "Journal", description = "The double-entry journal of every movement of money (docs/accounting.md).")
class JournalController {

    private final TrialBalance trialBalance;
    private final Journal journal;

    JournalController(TrialBalance trialBalance, Journal journal) {
        this.trialBalance = trialBalance;
        this.journal = journal;
    }

    record LineView(Account account, String holder, Side side, Money amount) {}

    record EntryView(
            long entryId,
            LocalDate businessDate,
            String reference,
            String description,
            Instant recordedAt,
            List<LineView> lines) {

        static EntryView of(JournalEntry e) {
            return new EntryView(
                    e.id(),
                    e.businessDate(),
                    e.reference(),
                    e.description(),
                    e.recordedAt(),
                    e.lines().stream()
                            .map(l -> new LineView(l.account(), l.holder(), l.side(), l.amount()))
                            .toList());
        }
    }

    @Operation(
            summary = "Read the trial balance",
            description = "Every account of the chart per holder with its debits, credits and balance; the"
                    + " totals of both sides, which are equal when the journal balances; and each control"
                    + " account against the sub-ledger it controls (principal receivable against the plans'"
                    + " outstanding principal, late fees receivable against the installments' unpaid late"
                    + " fees, customers' credit balances against the plans'), with the difference.")
    @ApiResponse(responseCode = "200", description = "The trial balance, read in one snapshot.")
    @GetMapping("/trial-balance")
    @PreAuthorize(Access.STAFF)
    TrialBalance.Report trialBalance() {
        return trialBalance.report();
    }

    @Operation(
            summary = "Read the journal entries of a movement of money",
            description = "The entries posted under a reference, oldest first: `order:<orderId>` (a plan opened"
                    + " at capture), `payment:<paymentReference>`, `refund:<refundId>`, `end-of-day:<date>`"
                    + " (the day's late fees).")
    @ApiResponse(responseCode = "200", description = "The entries; none when nothing was posted under it.")
    @ApiResponse(responseCode = "400", description = "No reference given.")
    @GetMapping("/entries")
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    List<EntryView> entries(
            @Parameter(description = "The reference of the movement, such as `payment:pay-20261202-0001`.")
                    @RequestParam
                    String reference) {
        return journal.findByReferenceOrderByEntryId(reference).stream()
                .map(EntryView::of)
                .toList();
    }
}
