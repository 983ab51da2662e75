package com.creditline.repayment.plan.model;

import static com.creditline.repayment.journal.model.Account.CASH_CLEARING;
import static com.creditline.repayment.journal.model.Account.CHARGE_OFF_EXPENSE;
import static com.creditline.repayment.journal.model.Account.CUSTOMER_CREDIT_BALANCE;
import static com.creditline.repayment.journal.model.Account.FEE_INCOME;
import static com.creditline.repayment.journal.model.Account.LATE_FEE_INCOME;
import static com.creditline.repayment.journal.model.Account.LATE_FEE_RECEIVABLE;
import static com.creditline.repayment.journal.model.Account.MERCHANT_PAYABLE;
import static com.creditline.repayment.journal.model.Account.PAYOUTS_IN_TRANSIT;
import static com.creditline.repayment.journal.model.Account.PRINCIPAL_RECEIVABLE;
import static com.creditline.repayment.journal.model.Account.RECOVERY_INCOME;
import static com.creditline.repayment.journal.model.Account.SETTLEMENT_BANK;

import com.creditline.common.money.Money;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.JournalLine;
import com.creditline.repayment.journal.model.Side;
import java.util.List;

/**
 * What a ledger entry records, and how the journal books it (the account debited and the account
 * credited; none for a fee that was never recognised as income). Amounts are always positive; the
 * kind says which way they went.
 */
public enum LedgerKind {
    /** The plan started with its financed principal, owed to the merchant who sold the goods. */
    PLAN_CREATED(PRINCIPAL_RECEIVABLE, MERCHANT_PAYABLE),
    /**
     * The plan started with its principal paid out to the borrower's bank account (a cash draw, a
     * merchant loan), out of each holder's bank account by the part it funded.
     */
    PLAN_DISBURSED(PRINCIPAL_RECEIVABLE, SETTLEMENT_BANK),
    /** Payment money settled a late fee. */
    PAYMENT_LATE_FEE(CASH_CLEARING, LATE_FEE_RECEIVABLE),
    /** Payment money settled a service fee or interest: income when paid. */
    PAYMENT_FEE(CASH_CLEARING, FEE_INCOME),
    /** Payment money repaid principal (due or prepaid). */
    PAYMENT_PRINCIPAL(CASH_CLEARING, PRINCIPAL_RECEIVABLE),
    /** A fee no longer owed because its principal was prepaid or the plan was paid off early. */
    FEE_WAIVED(null, null),
    /** A refund reduced principal: the merchant gives the money back. */
    REFUND_PRINCIPAL(MERCHANT_PAYABLE, PRINCIPAL_RECEIVABLE),
    /** A refund shrank the fee of a period not yet started, pro rata to its principal. */
    REFUND_FEE_REDUCTION(null, null),
    /** Refund money left over after all principal settled a late fee. */
    REFUND_LATE_FEE(MERCHANT_PAYABLE, LATE_FEE_RECEIVABLE),
    /** Refund money left over after all principal settled a fee of a started period. */
    REFUND_FEE(MERCHANT_PAYABLE, FEE_INCOME),
    /** Refund money left over after everything owed: owed to the customer. */
    CREDIT_BALANCE(MERCHANT_PAYABLE, CUSTOMER_CREDIT_BALANCE),
    /** End of day charged one day's late fee on an overdue installment. */
    LATE_FEE_CHARGED(LATE_FEE_RECEIVABLE, LATE_FEE_INCOME),
    /** Charge-off wrote the plan's outstanding principal off the books. */
    CHARGE_OFF_PRINCIPAL(CHARGE_OFF_EXPENSE, PRINCIPAL_RECEIVABLE),
    /** Charge-off wrote the plan's unpaid late fees off the books. */
    CHARGE_OFF_LATE_FEE(CHARGE_OFF_EXPENSE, LATE_FEE_RECEIVABLE),
    /** Payment money on a charged-off plan: a recovery (what it paid on the installments is their detail). */
    RECOVERY(CASH_CLEARING, RECOVERY_INCOME),
    /** Refund money on a charged-off plan: the merchant's money recovers what was written off. */
    REFUND_RECOVERY(MERCHANT_PAYABLE, RECOVERY_INCOME),
    /** The customer's credit balance was instructed to be paid out to them. */
    CREDIT_BALANCE_PAID_OUT(CUSTOMER_CREDIT_BALANCE, PAYOUTS_IN_TRANSIT),
    /** A payout failed: the money is the customer's credit balance again. */
    CREDIT_BALANCE_RESTORED(PAYOUTS_IN_TRANSIT, CUSTOMER_CREDIT_BALANCE),
    /** The customer's credit balance paid another of their plans (that plan's payment takes the cash). */
    CREDIT_BALANCE_APPLIED(CUSTOMER_CREDIT_BALANCE, CASH_CLEARING);

    private final Account debited;
    private final Account credited;

    LedgerKind(Account debited, Account credited) {
        this.debited = debited;
        this.credited = credited;
    }

    /**
     * What a movement of money on a plan becomes once the plan is charged off: payments and refunds
     * are recoveries (the receivables they would settle were written off); waivers and credit
     * balances stay what they are.
     */
    static List<Posting> afterChargeOff(List<Posting> postings) {
        return postings.stream()
                .map(p -> new Posting(p.installmentNumber(), p.kind().afterChargeOff(), p.amount()))
                .toList();
    }

    private LedgerKind afterChargeOff() {
        return switch (this) {
            case PAYMENT_LATE_FEE, PAYMENT_FEE, PAYMENT_PRINCIPAL -> RECOVERY;
            case REFUND_PRINCIPAL, REFUND_LATE_FEE, REFUND_FEE -> REFUND_RECOVERY;
            default -> this;
        };
    }

    /** Adds this movement of {@code amount} to a journal entry being made (nothing for a waiver). */
    public JournalEntry.Draft book(JournalEntry.Draft entry, Money amount) {
        return book(entry, amount, JournalLine.PLATFORM);
    }

    /** The same, in the books of one holder of the plan (the platform or a funder). */
    public JournalEntry.Draft book(JournalEntry.Draft entry, Money amount, String holder) {
        return debited == null
                ? entry
                : entry.line(debited, holder, Side.DEBIT, amount).line(credited, holder, Side.CREDIT, amount);
    }

    /** Whether the movement is booked to the account, on either side. */
    public boolean moves(Account account) {
        return debited == account || credited == account;
    }

    /** Whether the movement puts a plan's principal on the books (its holders share it by what they funded). */
    public boolean opensPlan() {
        return this == PLAN_CREATED || this == PLAN_DISBURSED;
    }

    /** Whether the movement takes principal off the books (its holders share it by what they hold). */
    public boolean reducesPrincipal() {
        return this == PAYMENT_PRINCIPAL || this == REFUND_PRINCIPAL || this == CHARGE_OFF_PRINCIPAL;
    }
}
