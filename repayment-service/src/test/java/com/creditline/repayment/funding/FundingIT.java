package com.creditline.repayment.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.repayment.funding.model.FundingPolicy.Part;
import com.creditline.repayment.funding.model.PlanToFund;
import com.creditline.repayment.plan.Plans;
import com.creditline.repayment.plan.model.OpenPlans;
import com.creditline.repayment.plan.model.Plan;
import com.creditline.repayment.plan.model.PricingMethod;
import com.creditline.repayment.plan.model.ScheduleLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Funding on a real PostgreSQL: the database keeps a funder under its cap whatever the concurrency. */
@SpringBootTest
@RealInfrastructure
class FundingIT {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Autowired
    PlanFunding funding;

    @Autowired
    Plans plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void shouldNeverFundPastTheCapHoweverManyPlansOpenAtOnce() throws Exception {
        jdbc.update("INSERT INTO funder (funder_id, name, kind, status, priority, grades, minimum_installments,"
                + " maximum_installments, minimum_share, maximum_share, exposure_cap, daily_quota, yield_rate,"
                + " settlement_account, registered_at) VALUES ('capped-bank', 'Capped Bank', 'BANK', 'ACTIVE', 1,"
                + " 'E', 1, 24, 0.10, 0.70, 2000.00, 1000000.00, 0.06, '6222 0000 0000 0002', now())");
        List<PlanId> opened = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            opened.add(
                    transactions.execute(status -> plans.save(plan("1000.00")).id()));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<Part>>> funded = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(6)) {
            for (PlanId plan : opened) {
                funded.add(CompletableFuture.supplyAsync(
                        () -> {
                            await(start);
                            return transactions.execute(status -> funding.fund(new PlanToFund(
                                    plan,
                                    Money.of("1000.00"),
                                    "E",
                                    List.of(Money.of("333.33"), Money.of("333.33"), Money.of("333.34")),
                                    Money.of("30.00"),
                                    TODAY)));
                        },
                        threads));
            }
            start.countDown();
            for (CompletableFuture<List<Part>> f : funded) {
                f.get();
            }
        }

        BigDecimal exposure = jdbc.queryForObject(
                "SELECT outstanding_principal FROM funder WHERE funder_id = 'capped-bank'", BigDecimal.class);
        BigDecimal held = jdbc.queryForObject(
                "SELECT sum(funded_principal) FROM plan_funding WHERE holder = 'capped-bank'", BigDecimal.class);
        assertThat(exposure).isEqualByComparingTo("2000.00");
        assertThat(held).isEqualByComparingTo("2000.00");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM plan_funding WHERE holder = 'PLATFORM' AND funded_principal = 1000.00"
                                + " AND plan_id = ANY (?)",
                        Integer.class,
                        (Object) opened.stream().map(PlanId::value).toArray(java.util.UUID[]::new)))
                .as("the plans opened after the cap was reached are the platform's alone")
                .isEqualTo(9);
        for (PlanId plan : opened) {
            assertThat(jdbc.queryForObject(
                            "SELECT sum(funded_principal) FROM plan_funding WHERE plan_id = ?",
                            BigDecimal.class,
                            plan.value()))
                    .isEqualByComparingTo("1000.00");
        }
    }

    static Plan plan(String principal) {
        return Plan.open(
                OpenPlans.shopping(
                        PlanId.random(),
                        OrderId.of("order-funding"),
                        CustomerId.of("funding-it"),
                        Money.of(principal),
                        PricingMethod.FLAT_MONTHLY_FEE,
                        false,
                        new BigDecimal("0.1620"),
                        TODAY,
                        List.of(new ScheduleLine(1, TODAY.plusMonths(1), Money.of(principal), Money.of("10.00")))),
                Instant.now());
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
