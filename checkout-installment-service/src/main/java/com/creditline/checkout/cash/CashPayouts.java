package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.BankAccountId;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;

/**
 * Pays a draw out: a CASH draw to the customer's bank account, a MERCHANT draw to the merchant's
 * settlement account (as the merchant register holds it). {@link #instruct} is called in the transaction
 * that records the hold, so an instruction exists exactly when the line holds the draw; the
 * provider answers later, asynchronously ({@link PayoutSettlement#answer}).
 */
interface CashPayouts {

    /** What to pay, and where: one of the customer's bank accounts, or the merchant's settlement account. */
    record PayoutInstruction(CashDrawId drawId, BankAccountId bankAccountId, MerchantId merchantId, Money amount) {

        public PayoutInstruction {
            if ((bankAccountId == null) == (merchantId == null)) {
                throw new IllegalArgumentException("a payout goes to a bank account or to a merchant, exactly one");
            }
        }
    }

    void instruct(PayoutInstruction instruction);
}
