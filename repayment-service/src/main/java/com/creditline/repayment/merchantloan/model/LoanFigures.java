package com.creditline.repayment.merchantloan.model;

import com.creditline.common.money.Money;

/**
 * A month of one loan, or of all a merchant's loans, in figures: the principal owed at the start and
 * at the end of the month and what moved it (drawn, repaid, written off), and what was paid, charged
 * and waived beside it. {@link #balances()}: opening + drawn - repaid - written off = closing.
 */
public record LoanFigures(
        Money openingPrincipal,
        Money drawn,
        Money principalRepaid,
        Money principalWrittenOff,
        Money interestPaid,
        Money lateFeesCharged,
        Money lateFeesPaid,
        Money waived,
        Money recovered,
        Money closingPrincipal) {

    public static final LoanFigures NONE = new LoanFigures(
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO);

    public LoanFigures plus(LoanFigures o) {
        return new LoanFigures(
                openingPrincipal.plus(o.openingPrincipal),
                drawn.plus(o.drawn),
                principalRepaid.plus(o.principalRepaid),
                principalWrittenOff.plus(o.principalWrittenOff),
                interestPaid.plus(o.interestPaid),
                lateFeesCharged.plus(o.lateFeesCharged),
                lateFeesPaid.plus(o.lateFeesPaid),
                waived.plus(o.waived),
                recovered.plus(o.recovered),
                closingPrincipal.plus(o.closingPrincipal));
    }

    /** Whether the principal's movements explain the change from opening to closing, to the fen. */
    public boolean balances() {
        return openingPrincipal
                .plus(drawn)
                .minus(principalRepaid)
                .minus(principalWrittenOff)
                .equals(closingPrincipal);
    }
}
