package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashDrawRequest;
import com.creditline.checkout.cash.model.MerchantLoanEligibility;
import com.creditline.checkout.cash.model.MerchantLoanEligibility.MerchantLineStanding;
import com.creditline.checkout.cash.model.MerchantLoanEligibility.Verdict;
import com.creditline.checkout.cash.model.MerchantLoanNotEligible;
import com.creditline.checkout.merchant.MerchantTerms;
import com.creditline.checkout.order.CreditLineClient;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import org.springframework.stereotype.Component;

/**
 * A merchant's line as merchant draws see it: the merchant enrolled and ACTIVE in checkout's register,
 * its line read from credit-limit-service under its borrower id (through the same guarded client as
 * the holds) and judged by {@link MerchantLoanEligibility}.
 */
@Component
class MerchantLine {

    private final MerchantTerms merchants;
    private final CreditLineClient creditLine;
    private final MerchantLoanEligibility eligibility;

    MerchantLine(MerchantTerms merchants, CreditLineClient creditLine, MerchantLoanEligibility eligibility) {
        this.merchants = merchants;
        this.creditLine = creditLine;
        this.eligibility = eligibility;
    }

    /**
     * @throws com.creditline.checkout.merchant.model.MerchantNotEnrolled when ops never enrolled it
     * @throws com.creditline.checkout.merchant.model.MerchantSuspended when it is suspended
     */
    Verdict judge(MerchantId merchantId) {
        merchants.requireSelling(merchantId);
        CreditLineClient.LineView view = creditLine.line(CashDrawRequest.borrowerOf(merchantId));
        MerchantLineStanding line = view == null
                ? null
                : new MerchantLineStanding(
                        view.kind(),
                        view.status(),
                        CashLine.gradeOf(view.grade()),
                        view.cashAvailable() == null ? Money.ZERO : view.cashAvailable());
        return eligibility.judge(line);
    }

    /** @throws MerchantLoanNotEligible naming every reason */
    Verdict requireEligible(MerchantId merchantId) {
        Verdict verdict = judge(merchantId);
        if (!verdict.eligible()) {
            throw new MerchantLoanNotEligible(verdict.reasons());
        }
        return verdict;
    }
}
