package com.creditline.repayment.plan;

import com.creditline.common.money.Money;
import com.creditline.repayment.plan.model.LedgerEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of a plan's ledger, as the plan's ledger and a merchant's loan show it. */
public record LedgerEntryView(
        long entryId,

        @Schema(
                types = {"integer", "null"},
                nullable = true,
                description = "Absent for an entry on the whole plan.")
        Integer installmentNumber,

        String kind,
        Money amount,
        LocalDate businessDate,
        String reference,
        Instant recordedAt) {

    public static LedgerEntryView of(LedgerEntry e) {
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
