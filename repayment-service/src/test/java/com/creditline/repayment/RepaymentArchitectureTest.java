package com.creditline.repayment;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

/**
 * Repayment's model: the plan with its installments, waterfalls, late-fee policy and ledger entries
 * ({@code plan.model}), a customer's standing and arrears ({@code customer.model}), a payment
 * received ({@code payment.model}), and a merchant's month of loans ({@code merchantloan.model}). End
 * of day has no model of its own: its statements apply the plan's rules set-based, and a test checks
 * them against that model.
 */
class RepaymentArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.repayment";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of(
                "com.creditline.repayment.plan.model",
                "com.creditline.repayment.customer.model",
                "com.creditline.repayment.payment.model",
                "com.creditline.repayment.journal.model",
                "com.creditline.repayment.creditbalance.model",
                "com.creditline.repayment.funding.model",
                "com.creditline.repayment.reserve.model",
                "com.creditline.repayment.portfolio.model",
                "com.creditline.repayment.merchant.model",
                "com.creditline.repayment.sweep.model",
                "com.creditline.repayment.merchantloan.model");
    }
}
