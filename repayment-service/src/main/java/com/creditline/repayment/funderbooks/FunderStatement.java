package com.creditline.repayment.funderbooks;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.AccountCategory;
import com.creditline.repayment.journal.model.Side;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A funder's statement of one business date, read from the journal: its lines of the date's entries
 * per plan, one column per account its books use, each the net movement on the account's normal
 * side; the balances before and at the date; and the tie-out of its totals against the journal's.
 */
@Schema(description = "A funder's daily statement, from the journal lines whose holder is the funder.")
record FunderStatement(
        String funderId,
        LocalDate businessDate,

        @Schema(description = "The columns: every account the funder's books have used up to the date, by code.")
        List<StatementAccount> accounts,

        @Schema(
                description = "One line per plan moved on the date (by plan id), and one BOOK line for the entries"
                        + " about no plan, if any.")
        List<StatementLine> lines,

        @Schema(description = "The lines added up, per account.")
        Map<String, Money> totals,

        @Schema(description = "Each account's balance in the funder's books before the date.")
        Map<String, Money> openingBalances,

        @Schema(description = "Each account's balance in the funder's books at the end of the date.")
        Map<String, Money> closingBalances,

        @Schema(description = "The principal the funder held before the date (principal receivable).")
        Money openingPrincipalHeld,

        @Schema(description = "The principal the funder held at the end of the date (principal receivable).")
        Money closingPrincipalHeld,

        @Schema(
                description = "The statement's totals against the journal's totals for the funder and the date, read"
                        + " by a query of their own.")
        List<TieOut> tieOut,

        @Schema(description = "Whether every difference of the tie-out is zero.")
        boolean tiesOut) {

    /** A column of the statement. */
    record StatementAccount(Account account, String code, AccountCategory category, Side normalSide) {

        static StatementAccount of(Account account) {
            return new StatementAccount(
                    account,
                    account.code(),
                    account.category(),
                    account.category().normalSide());
        }
    }

    /** A plan's movements on the date, or the BOOK's (entries about no plan), per account. */
    record StatementLine(
            StatementLineKind line,

            @Schema(
                    types = {"string", "null"},
                    format = "uuid",
                    nullable = true,
                    description = "The plan; absent on the BOOK line.")
            PlanId planId,

            @Schema(
                    description = "Net movement per account on its normal side (negative when it went down), every"
                            + " column present.")
            Map<String, Money> amounts) {}

    enum StatementLineKind {
        PLAN,
        BOOK
    }

    /** One account's total on the statement against the journal's. */
    record TieOut(Account account, Money statement, Money journal, Money difference) {}
}
