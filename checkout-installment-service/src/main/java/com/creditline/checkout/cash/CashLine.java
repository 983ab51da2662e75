package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashEligibility;
import com.creditline.checkout.cash.model.CashEligibility.LineStanding;
import com.creditline.checkout.cash.model.CashEligibility.Verdict;
import com.creditline.checkout.cash.model.CashNotEligible;
import com.creditline.checkout.cash.model.MerchantLoanEligibility;
import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.order.CreditLineClient;
import com.creditline.checkout.pricing.Grade;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * A customer's line as cash draws see it, read from credit-limit-service (through the same guarded
 * client as the holds) and judged by {@link CashEligibility} on the business date.
 */
@Component
class CashLine {

    /** The line's standing and what the rules make of it. */
    record Judged(LineStanding line, Verdict verdict) {

        /** @throws CashNotEligible naming every reason */
        Judged requireEligible() {
            if (!verdict.eligible()) {
                throw new CashNotEligible(verdict.reasons());
            }
            return this;
        }
    }

    private final CreditLineClient creditLine;
    private final CashEligibility eligibility;
    private final BusinessClock clock;

    CashLine(CreditLineClient creditLine, CashEligibility eligibility, BusinessClock clock) {
        this.creditLine = creditLine;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** @throws CustomerProfiles.NoCreditLine when the customer has no line, or only a merchant's */
    Judged judge(CustomerId customerId) {
        CreditLineClient.LineView view = creditLine.line(customerId);
        if (view == null || MerchantLoanEligibility.MERCHANT_KIND.equals(view.kind())) {
            throw new CustomerProfiles.NoCreditLine();
        }
        LineStanding line = new LineStanding(
                view.status(),
                gradeOf(view.grade()),
                view.openedAt() == null
                        ? null
                        : view.openedAt().atZone(clock.zone()).toLocalDate(),
                view.cashAvailable() == null ? Money.ZERO : view.cashAvailable());
        return new Judged(line, eligibility.judge(line, clock.businessDate()));
    }

    /** The grade of that name; null for none or a name checkout does not know. */
    static Grade gradeOf(String name) {
        return Arrays.stream(Grade.values())
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
