package com.creditline.repayment.reserve;

import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.common.money.Money;
import com.creditline.repayment.funding.model.Guarantees;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.Account;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.JournalLine;
import com.creditline.repayment.reserve.model.ReservePolicy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After each date's end of day, in its transaction: the fee income of the business day that ended
 * (the date before: payments are taken through a day, after its end of day) sets its share aside
 * into the risk reserve, the platform's charge-offs of the date are drawn from the reserve as far as it
 * holds, then what it paid guaranteed funders for theirs (docs/funding.md), and the allowance for
 * losses is brought to what the buckets' loss rates require of the platform's principal (with the
 * principal it guarantees). Each is one journal entry under {@code reserve:}, {@code reserve-draw:},
 * {@code guarantee-draw:} or {@code provision:} and the date.
 */
@Component
@EnableConfigurationProperties(ReserveProperties.class)
public class ReserveKeeping {

    /** One bucket's principal on the platform's books, its loss rate and the allowance it needs. */
    public record BucketProvision(DelinquencyBucket bucket, Money principal, BigDecimal lossRate, Money required) {}

    /** The reserve and the allowance as they stand, and how far they cover the principal past due. */
    public record ReserveReport(
            Money reserveBalance,
            Money contributed,
            Money drawn,

            @Schema(description = "Of what was drawn, what paid the principal the platform guarantees to funders.")
            Money guaranteeDrawn,

            Money allowance,
            List<BucketProvision> buckets,
            Money principalPastDue,

            @Schema(
                    types = {"number", "null"},
                    description = "The reserve over the principal past due.")
            BigDecimal coverage) {}

    private final JdbcClient jdbc;
    private final Journal journal;
    private final ReservePolicy policy;

    ReserveKeeping(JdbcClient jdbc, Journal journal, ReserveProperties properties) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.policy = properties.policy();
    }

    /** What a date's closing set aside, drew from the reserve and changed in the allowance. */
    public record Closed(Money contributed, Money drawn, Money guaranteeDrawn, Money allowanceChange) {}

    public Closed close(LocalDate date, Instant now) {
        // The date's steps changed plans and posted entries through JPA: the sums below read the tables.
        journal.flush();
        Money income = Money.of(jdbc.sql("SELECT coalesce(sum(amount), 0) FROM ledger_entry WHERE business_date = :d"
                        + " AND kind IN ('PAYMENT_FEE', 'REFUND_FEE', 'LATE_FEE_CHARGED')")
                .param("d", date.minusDays(1))
                .query(BigDecimal.class)
                .single());
        Money contributed = policy.contribution(income);
        post(
                date,
                "reserve:",
                "fee income of " + date.minusDays(1) + " set aside",
                Account.RESERVE_CONTRIBUTION_EXPENSE,
                Account.RISK_RESERVE,
                contributed,
                now);
        Money drawn = ReservePolicy.draw(chargedOff("charge-off:" + date), balance(Account.RISK_RESERVE));
        post(
                date,
                "reserve-draw:",
                "charge-offs drawn from the risk reserve",
                Account.RISK_RESERVE,
                Account.CHARGE_OFF_EXPENSE,
                drawn,
                now);
        // What the platform paid guaranteed funders for their charge-offs, drawn from what is left.
        Money guaranteeDrawn =
                ReservePolicy.draw(chargedOff(Guarantees.reference(date)), balance(Account.RISK_RESERVE));
        post(
                date,
                "guarantee-draw:",
                "guaranteed principal paid to funders drawn from the risk reserve",
                Account.RISK_RESERVE,
                Account.CHARGE_OFF_EXPENSE,
                guaranteeDrawn,
                now);
        Money required =
                Money.sum(provisions().stream().map(BucketProvision::required).toList());
        Money change = required.minus(balance(Account.LOAN_LOSS_ALLOWANCE));
        if (change.isPositive()) {
            post(
                    date,
                    "provision:",
                    "expected losses provisioned",
                    Account.PROVISION_EXPENSE,
                    Account.LOAN_LOSS_ALLOWANCE,
                    change,
                    now);
        } else {
            post(
                    date,
                    "provision:",
                    "expected losses released",
                    Account.LOAN_LOSS_ALLOWANCE,
                    Account.PROVISION_EXPENSE,
                    change.negate(),
                    now);
        }
        return new Closed(contributed, drawn, guaranteeDrawn, change);
    }

    @Transactional(readOnly = true)
    public ReserveReport report() {
        List<BucketProvision> buckets = provisions();
        Money pastDue = Money.sum(buckets.stream()
                .filter(b -> b.bucket() != DelinquencyBucket.CURRENT)
                .map(BucketProvision::principal)
                .toList());
        Money reserve = balance(Account.RISK_RESERVE);
        BigDecimal coverage =
                pastDue.isPositive() ? reserve.amount().divide(pastDue.amount(), 4, RoundingMode.HALF_UP) : null;
        return new ReserveReport(
                reserve,
                credits(Account.RISK_RESERVE),
                debits(Account.RISK_RESERVE),
                Money.of(jdbc.sql("SELECT coalesce(sum(l.amount), 0) FROM journal_line l JOIN journal_entry e"
                                + " ON e.entry_id = l.entry_id WHERE e.reference LIKE 'guarantee-draw:%'"
                                + " AND l.account = 'RISK_RESERVE' AND l.side = 'DEBIT'")
                        .query(BigDecimal.class)
                        .single()),
                balance(Account.LOAN_LOSS_ALLOWANCE),
                buckets,
                pastDue,
                coverage);
    }

    /** The platform's charge-off expense booked under a reference. */
    private Money chargedOff(String reference) {
        return Money.of(jdbc.sql("SELECT coalesce(sum(l.amount), 0) FROM journal_line l"
                        + " JOIN journal_entry e ON e.entry_id = l.entry_id WHERE e.reference = :reference"
                        + " AND l.account = 'CHARGE_OFF_EXPENSE' AND l.holder = :holder AND l.side = 'DEBIT'")
                .param("reference", reference)
                .param("holder", JournalLine.PLATFORM)
                .query(BigDecimal.class)
                .single());
    }

    /** The platform's principal on the books by bucket of its customer's days past due, and the allowance each needs. */
    private List<BucketProvision> provisions() {
        Map<DelinquencyBucket, Money> principal = new EnumMap<>(DelinquencyBucket.class);
        jdbc.sql("""
                        SELECT coalesce(s.days_past_due, 0) AS dpd,
                               sum(p.outstanding_principal - coalesce(f.held, 0)) AS principal
                          FROM plan p
                          LEFT JOIN customer_standing s ON s.customer_id = p.customer_id
                          LEFT JOIN (SELECT plan_id, sum(outstanding_principal) AS held FROM plan_funding
                                      WHERE holder <> 'PLATFORM' AND NOT guaranteed GROUP BY plan_id) f ON f.plan_id = p.plan_id
                         WHERE p.status = 'ACTIVE'
                         GROUP BY 1""").query(rs -> {
            principal.merge(
                    DelinquencyBucket.of(rs.getInt("dpd")), Money.of(rs.getBigDecimal("principal")), Money::plus);
        });
        List<BucketProvision> buckets = new ArrayList<>();
        for (DelinquencyBucket bucket : DelinquencyBucket.values()) {
            Money amount = principal.getOrDefault(bucket, Money.ZERO);
            buckets.add(new BucketProvision(bucket, amount, policy.lossRate(bucket), policy.provision(bucket, amount)));
        }
        return buckets;
    }

    private void post(
            LocalDate date,
            String prefix,
            String description,
            Account debited,
            Account credited,
            Money amount,
            Instant now) {
        if (amount.isPositive()) {
            journal.saveAndFlush(JournalEntry.draft(date, prefix + date, description, now)
                    .debit(debited, amount)
                    .credit(credited, amount)
                    .post());
        }
    }

    /** The platform's balance of an account, on its normal side. */
    private Money balance(Account account) {
        Money debits = debits(account);
        Money credits = credits(account);
        return account.balance(debits, credits);
    }

    private Money debits(Account account) {
        return total(account, "DEBIT");
    }

    private Money credits(Account account) {
        return total(account, "CREDIT");
    }

    private Money total(Account account, String side) {
        return Money.of(jdbc.sql("SELECT coalesce(sum(amount), 0) FROM journal_line"
                        + " WHERE account = :account AND holder = :holder AND side = :side")
                .param("account", account.name())
                .param("holder", JournalLine.PLATFORM)
                .param("side", side)
                .query(BigDecimal.class)
                .single());
    }
}
