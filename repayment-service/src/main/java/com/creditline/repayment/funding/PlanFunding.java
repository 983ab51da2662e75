package com.creditline.repayment.funding;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.FeeShares;
import com.creditline.repayment.funding.model.FeeShares.FeeShare;
import com.creditline.repayment.funding.model.FundingPolicy;
import com.creditline.repayment.funding.model.FundingPolicy.Candidate;
import com.creditline.repayment.funding.model.FundingPolicy.Part;
import com.creditline.repayment.funding.model.FundingTerms;
import com.creditline.repayment.funding.model.Guarantees;
import com.creditline.repayment.funding.model.Holdings;
import com.creditline.repayment.funding.model.PlanToFund;
import com.creditline.repayment.funding.model.Recoveries;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Funds a plan as it opens, by the {@link FundingPolicy}, in the caller's transaction: each funder
 * that could take it is locked in order of preference and its room read under the lock, so caps and
 * quotas hold whatever the concurrency; the shares (of the principal and of the fees) are recorded
 * once and never change. Keeps what each holder holds as principal leaves the books, and each
 * funder's exposure with it, what each wrote off at charge-off, and shares fees and recoveries among
 * the holders (docs/funding.md).
 */
@Component
@EnableConfigurationProperties(FundingProperties.class)
public class PlanFunding {

    private final JdbcClient jdbc;
    private final FundingPolicy policy;

    PlanFunding(JdbcClient jdbc, FundingProperties properties) {
        this.jdbc = jdbc;
        this.policy = new FundingPolicy(properties.platformMinimumShare());
    }

    /**
     * Chooses and records who funds the plan, with each holder's share of its fees and whether the
     * platform guarantees the funder's principal; the parts, the platform's last.
     */
    public List<Part> fund(PlanToFund plan) {
        Optional<Part> taken = Optional.empty();
        BigDecimal feeShare = BigDecimal.ZERO;
        boolean guaranteed = false;
        for (Candidate unlocked : candidates(plan.on())) {
            if (policy.partOf(unlocked, plan.principal(), plan.grade(), plan.installments())
                    .isEmpty()) {
                continue;
            }
            Optional<Candidate> locked = lock(unlocked.funderId(), plan.on());
            taken = locked.flatMap(
                    funder -> policy.partOf(funder, plan.principal(), plan.grade(), plan.installments()));
            if (taken.isPresent()) {
                FundingTerms terms = locked.get().terms();
                feeShare = FeeShares.funderShare(
                        plan, taken.get().principal(), taken.get().share(), terms.yieldRate());
                guaranteed = terms.guaranteed();
                take(taken.get(), plan.on());
                break;
            }
        }
        Money funded = taken.map(Part::principal).orElse(Money.ZERO);
        Part platform = FundingPolicy.platformPart(plan.principal(), funded);
        if (taken.isPresent()) {
            record(plan, taken.get(), feeShare, guaranteed);
        }
        record(plan, platform, FeeShares.platformShare(feeShare), false);
        return taken.isPresent() ? List.of(taken.get(), platform) : List.of(platform);
    }

    private void record(PlanToFund plan, Part part, BigDecimal feeShare, boolean guaranteed) {
        jdbc.sql("INSERT INTO plan_funding (plan_id, holder, share, funded_principal, outstanding_principal,"
                        + " fee_share, guaranteed) VALUES (:plan, :holder, :share, :funded, :funded, :feeShare,"
                        + " :guaranteed)")
                .param("plan", plan.planId().value())
                .param("holder", part.holder())
                .param("share", part.share())
                .param("funded", part.principal().amount())
                .param("feeShare", feeShare)
                .param("guaranteed", guaranteed)
                .update();
    }

    /**
     * A fee movement of the plan (a fee paid or refunded, the merchant's subsidy) shared among its
     * holders by their fee shares, to the fen; all the platform's for a plan opened before funders.
     */
    public List<Holdings.Part> feeParts(PlanId planId, Money fee) {
        List<FeeShare> shares = jdbc.sql("SELECT holder, fee_share FROM plan_funding WHERE plan_id = :plan"
                        + " ORDER BY holder = 'PLATFORM', holder")
                .param("plan", planId.value())
                .query((rs, n) -> new FeeShare(rs.getString(1), rs.getBigDecimal(2)))
                .list();
        return shares.isEmpty()
                ? List.of(new Holdings.Part(FundingPolicy.PLATFORM, fee))
                : new FeeShares(shares).split(fee);
    }

    /** Money recovered on a charged-off plan, shared among its holders by the loss each bore. */
    public List<Holdings.Part> recoveryParts(PlanId planId, Money recovered) {
        return Recoveries.split(
                recovered,
                jdbc.sql("SELECT holder, charged_off_principal, charged_off_late_fees, guaranteed FROM plan_funding"
                                + " WHERE plan_id = :plan ORDER BY holder = 'PLATFORM', holder")
                        .param("plan", planId.value())
                        .query((rs, n) -> new Recoveries.Loss(
                                rs.getString(1),
                                Money.of(rs.getBigDecimal(2)),
                                Money.of(rs.getBigDecimal(3)),
                                rs.getBoolean(4)))
                        .list());
    }

    /**
     * The plan was charged off: each holder wrote off its part of the principal, the platform the
     * unpaid late fees. The parts the platform guarantees, which it pays to their funders.
     */
    public List<Holdings.Part> chargedOff(PlanId planId, List<Holdings.Part> principal, Money lateFees) {
        for (Holdings.Part part : principal) {
            jdbc.sql("UPDATE plan_funding SET charged_off_principal = charged_off_principal + :amount"
                            + " WHERE plan_id = :plan AND holder = :holder")
                    .param("amount", part.amount().amount())
                    .param("plan", planId.value())
                    .param("holder", part.holder())
                    .update();
        }
        jdbc.sql("UPDATE plan_funding SET charged_off_late_fees = charged_off_late_fees + :amount"
                        + " WHERE plan_id = :plan AND holder = 'PLATFORM'")
                .param("amount", lateFees.amount())
                .param("plan", planId.value())
                .update();
        List<String> guaranteed = jdbc.sql("SELECT holder FROM plan_funding WHERE plan_id = :plan AND guaranteed")
                .param("plan", planId.value())
                .query(String.class)
                .list();
        return Guarantees.guaranteed(principal, guaranteed);
    }

    /** Who holds the plan and how much each holds now; none for a plan opened before funders existed. */
    public Holdings holdings(PlanId planId) {
        return new Holdings(jdbc.sql("SELECT holder, funded_principal, outstanding_principal FROM plan_funding"
                        + " WHERE plan_id = :plan ORDER BY holder = 'PLATFORM', holder")
                .param("plan", planId.value())
                .query((rs, n) -> new Holdings.Holding(
                        rs.getString(1), Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3))))
                .list());
    }

    /** Principal left the books: each holder holds its part less, and a funder's exposure shrinks with it. */
    public void reduced(PlanId planId, List<Holdings.Part> parts) {
        for (Holdings.Part part : parts) {
            jdbc.sql("UPDATE plan_funding SET outstanding_principal = outstanding_principal - :amount"
                            + " WHERE plan_id = :plan AND holder = :holder")
                    .param("amount", part.amount().amount())
                    .param("plan", planId.value())
                    .param("holder", part.holder())
                    .update();
            if (!part.holder().equals(FundingPolicy.PLATFORM)) {
                jdbc.sql("UPDATE funder SET outstanding_principal = outstanding_principal - :amount,"
                                + " version = version + 1 WHERE funder_id = :holder")
                        .param("amount", part.amount().amount())
                        .param("holder", part.holder())
                        .update();
            }
        }
    }

    private void take(Part part, LocalDate on) {
        jdbc.sql("UPDATE funder SET outstanding_principal = outstanding_principal + :amount, version = version + 1"
                        + " WHERE funder_id = :funder")
                .param("amount", part.principal().amount())
                .param("funder", part.holder())
                .update();
        jdbc.sql("INSERT INTO funder_daily_funding (funder_id, business_date, funded) VALUES (:funder, :on, :amount)"
                        + " ON CONFLICT (funder_id, business_date)"
                        + " DO UPDATE SET funded = funder_daily_funding.funded + EXCLUDED.funded")
                .param("funder", part.holder())
                .param("on", on)
                .param("amount", part.principal().amount())
                .update();
    }

    /** The active funders, as the policy sees them on the date, in order of preference. */
    private List<Candidate> candidates(LocalDate on) {
        return jdbc.sql(CANDIDATES + " ORDER BY f.priority, f.funder_id")
                .param("on", on)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    /** One funder, locked until the transaction ends, with its room read under the lock. */
    private Optional<Candidate> lock(String funderId, LocalDate on) {
        return jdbc.sql(CANDIDATES + " AND f.funder_id = :funder FOR UPDATE OF f")
                .param("on", on)
                .param("funder", funderId)
                .query((rs, n) -> candidate(rs))
                .optional();
    }

    private static final String CANDIDATES = """
            SELECT f.funder_id, f.priority, f.grades, f.minimum_installments, f.maximum_installments,
                   f.minimum_share, f.maximum_share, f.exposure_cap, f.daily_quota, f.yield_rate,
                   f.guaranteed,
                   f.outstanding_principal, coalesce(d.funded, 0) AS funded_today
              FROM funder f
              LEFT JOIN funder_daily_funding d ON d.funder_id = f.funder_id AND d.business_date = :on
             WHERE f.status = 'ACTIVE'""";

    private static Candidate candidate(ResultSet rs) throws SQLException {
        FundingTerms terms = new FundingTerms(
                rs.getString("grades"),
                rs.getInt("minimum_installments"),
                rs.getInt("maximum_installments"),
                rs.getBigDecimal("minimum_share"),
                rs.getBigDecimal("maximum_share"),
                Money.of(rs.getBigDecimal("exposure_cap")),
                Money.of(rs.getBigDecimal("daily_quota")),
                rs.getBigDecimal("yield_rate"),
                rs.getBoolean("guaranteed"));
        return new Candidate(
                rs.getString("funder_id"),
                rs.getInt("priority"),
                terms,
                terms.exposureCap()
                        .minus(Money.of(rs.getBigDecimal("outstanding_principal")))
                        .atLeastZero(),
                terms.dailyQuota()
                        .minus(Money.of(rs.getBigDecimal("funded_today")))
                        .atLeastZero());
    }
}
