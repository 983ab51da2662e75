package com.creditline.repayment;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Repayment's model lives in {@code plan} ({@code Plan}, {@code Installment}, {@code LedgerEntry},
 * {@code Posting}, {@code Settlement} and the rest), which today shares its package with the plan
 * services, repository and controller.
 */
class RepaymentArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.repayment";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of("com.creditline.repayment.plan");
    }

    @Test
    @Disabled("issue 11: plan holds PlanController, PlanOpening, PlanReading, PlanRefunding and Plans next to the model"
            + " (Plan, Installment, LateFeePolicy, the waterfalls); the model moves to its own package in a later step")
    @Override
    protected void modelIsPlainJava() {}
}
