package com.creditline.repayment.funding;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.FundingPolicy;
import com.creditline.repayment.funding.model.FundingPolicy.Candidate;
import com.creditline.repayment.funding.model.FundingPolicy.Part;
import com.creditline.repayment.funding.model.FundingTerms;
import com.creditline.repayment.funding.model.Holdings;
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
 * quotas hold whatever the concurrency; the shares are recorded once and never change. Keeps what
 * each holder holds as principal leaves the books, and each funder's exposure with it.
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

    /** Chooses and records who funds the plan; the parts, the platform's last. */
    public List<Part> fund(PlanId planId, Money principal, String grade, int installments, LocalDate on) {
        Optional<Part> taken = Optional.empty();
        for (Candidate unlocked : candidates(on)) {
            if (policy.partOf(unlocked, principal, grade, installments).isEmpty()) {
                continue;
            }
            taken = lock(unlocked.funderId(), on)
                    .flatMap(locked -> policy.partOf(locked, principal, grade, installments));
            if (taken.isPresent()) {
                take(taken.get(), on);
                break;
            }
        }
        Money funded = taken.map(Part::principal).orElse(Money.ZERO);
        List<Part> parts = taken.isPresent()
                ? List.of(taken.get(), FundingPolicy.platformPart(principal, funded))
                : List.of(FundingPolicy.platformPart(principal, funded));
        parts.forEach(part -> jdbc.sql("INSERT INTO plan_funding (plan_id, holder, share, funded_principal,"
                        + " outstanding_principal) VALUES (:plan, :holder, :share, :funded, :funded)")
                .param("plan", planId.value())
                .param("holder", part.holder())
                .param("share", part.share())
                .param("funded", part.principal().amount())
                .update());
        return parts;
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
                rs.getBigDecimal("yield_rate"));
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
