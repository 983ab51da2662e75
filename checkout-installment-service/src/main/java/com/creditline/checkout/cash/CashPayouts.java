package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.BankAccountId;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.common.money.Money;

/**
 * Pays a draw out to the customer's bank account. {@link #instruct} is called in the transaction
 * that records the hold, so an instruction exists exactly when the line holds the draw; the
 * provider answers later, asynchronously ({@link PayoutSettlement#answer}).
 */
interface CashPayouts {

    /** What to pay, to which of the customer's accounts. */
    record PayoutInstruction(CashDrawId drawId, BankAccountId bankAccountId, Money amount) {}

    void instruct(PayoutInstruction instruction);
}
