package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashDrawRequest;
import com.creditline.checkout.cash.model.CashOffer;
import com.creditline.checkout.cash.model.CashPricing;
import com.creditline.checkout.cash.model.MerchantLoanEligibility;
import com.creditline.checkout.cash.model.MerchantLoanPricing;
import com.creditline.checkout.pricing.Grade;
import com.creditline.common.time.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * Admits a draw by its product and prices the plan asked for: a CASH draw by the consumer's cash
 * eligibility, to one of the customer's own bank accounts, at the cash rates; a MERCHANT draw by the
 * merchant's enrolment and line, at the merchant rates, with its sales sweep share checked.
 */
@Component
class DrawPricing {

    /** The grade the draw is priced at and its plan. */
    record Priced(Grade grade, CashOffer offer) {}

    private final CashLine cashLine;
    private final BankAccounts accounts;
    private final CashPricing cashPricing;
    private final MerchantLine merchantLine;
    private final MerchantLoanPricing merchantPricing;
    private final BusinessClock clock;

    DrawPricing(
            CashLine cashLine,
            BankAccounts accounts,
            CashPricing cashPricing,
            MerchantLine merchantLine,
            MerchantLoanPricing merchantPricing,
            BusinessClock clock) {
        this.cashLine = cashLine;
        this.accounts = accounts;
        this.cashPricing = cashPricing;
        this.merchantLine = merchantLine;
        this.merchantPricing = merchantPricing;
        this.clock = clock;
    }

    Priced price(CashDrawRequest request) {
        return switch (request.product()) {
            case CASH -> cash(request);
            case MERCHANT -> merchant(request);
        };
    }

    private Priced cash(CashDrawRequest request) {
        CashLine.Judged judged = cashLine.judge(request.customerId()).requireEligible();
        accounts.require(request.customerId(), request.bankAccountId());
        Grade grade = judged.line().grade();
        return new Priced(
                grade,
                cashPricing.offer(
                        request.amount(),
                        grade,
                        request.method(),
                        request.installmentCount(),
                        judged.line().cashAvailable(),
                        clock.businessDate()));
    }

    private Priced merchant(CashDrawRequest request) {
        merchantPricing.requireSweepShare(request.salesSweepShare());
        MerchantLoanEligibility.Verdict verdict = merchantLine.requireEligible(request.merchantId());
        return new Priced(
                verdict.grade(),
                merchantPricing.offer(
                        request.amount(),
                        verdict.grade(),
                        request.method(),
                        request.installmentCount(),
                        verdict.available(),
                        request.salesSweepShare(),
                        clock.businessDate()));
    }
}
