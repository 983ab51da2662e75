package com.creditline.repayment.funding;

import com.creditline.common.money.Money;
import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.funding.model.Funder;
import com.creditline.repayment.funding.model.FunderKind;
import com.creditline.repayment.funding.model.FunderStatus;
import com.creditline.repayment.funding.model.FundingTerms;
import com.creditline.repayment.funding.model.FundingTermsRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ops keep the register of funders: they register one with its terms, change its terms, suspend
 * and reactivate it, and read where each stands (its exposure, what it funded today). Every
 * change is logged under the caller's name with the reason given; the gateway's audit log keeps
 * the same request (who, the path, the Audit-Reason), joined by the correlation id.
 */
@Service
public class FunderRegistry {

    private static final Logger log = LoggerFactory.getLogger(FunderRegistry.class);

    private final Funders funders;
    private final FundingTermsRules rules;
    private final BusinessClock clock;
    private final JdbcClient jdbc;
    private final FunderChanges changes;

    FunderRegistry(
            Funders funders, FundingTermsRules rules, BusinessClock clock, JdbcClient jdbc, FunderChanges changes) {
        this.funders = funders;
        this.rules = rules;
        this.clock = clock;
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /** Registering a funder: who asks and why come from the caller's token and the Audit-Reason. */
    record Registering(
            String funderId,
            String name,
            FunderKind kind,
            int priority,
            FundingTerms terms,
            String settlementAccount,
            String partnerId,
            String actor,
            String reason) {}

    record ChangingTerms(
            String funderId,
            int priority,
            FundingTerms terms,
            String settlementAccount,
            String partnerId,
            String actor,
            String reason) {}

    record ChangingStatus(String funderId, FunderStatus status, String actor, String reason) {}

    /** A funder and, on the business date, what it funded against its daily quota. */
    public record FunderPosition(Funder funder, LocalDate businessDate, Money fundedToday) {

        /** What it may still fund on the business date. */
        public Money quotaRoom() {
            return funder.terms().dailyQuota().minus(fundedToday).atLeastZero();
        }
    }

    @Transactional
    FunderPosition register(Registering command) {
        FundingTerms terms = rules.check(command.terms());
        if (funders.existsById(command.funderId())) {
            throw new FunderAlreadyRegistered(command.funderId());
        }
        Funder funder = funders.saveAndFlush(Funder.register(
                command.funderId(),
                command.name(),
                command.kind(),
                command.priority(),
                terms,
                command.settlementAccount(),
                command.partnerId(),
                clock.now()));
        changes.record(funder, FunderChanges.Change.REGISTERED, null, command.actor(), command.reason());
        logTerms("registered", funder, command.actor(), command.reason());
        return position(funder);
    }

    @Transactional
    FunderPosition changeTerms(ChangingTerms command) {
        FundingTerms terms = rules.check(command.terms());
        Funder funder = funder(command.funderId());
        FunderChanges.FunderSnapshot before = FunderChanges.FunderSnapshot.of(funder);
        funder.changeTerms(command.priority(), terms, command.settlementAccount(), command.partnerId());
        changes.record(funder, FunderChanges.Change.TERMS_CHANGED, before, command.actor(), command.reason());
        logTerms("terms changed", funder, command.actor(), command.reason());
        return position(funder);
    }

    /** Setting the status a funder has already changes nothing but is logged all the same. */
    @Transactional
    FunderPosition changeStatus(ChangingStatus command) {
        Funder funder = funder(command.funderId());
        FunderStatus before = funder.status();
        FunderChanges.FunderSnapshot snapshot = FunderChanges.FunderSnapshot.of(funder);
        funder.changeStatus(command.status());
        changes.record(funder, FunderChanges.Change.STATUS_CHANGED, snapshot, command.actor(), command.reason());
        log.info(
                "funder {} status {} -> {} by {}: {}",
                funder.id(),
                before,
                command.status(),
                command.actor(),
                command.reason());
        return position(funder);
    }

    /** A funder's changes, oldest first; {@link FunderNotFound} for an unknown funder. */
    @Transactional(readOnly = true)
    List<FunderChanges.FunderChange> changes(String funderId) {
        funder(funderId);
        return changes.of(funderId);
    }

    @Transactional(readOnly = true)
    public FunderPosition read(String funderId) {
        return position(funder(funderId));
    }

    /** Every funder in its order of preference (lower priority first). */
    @Transactional(readOnly = true)
    public List<FunderPosition> list() {
        LocalDate today = clock.businessDate();
        Map<String, BigDecimal> funded = jdbc
                .sql("SELECT funder_id, funded FROM funder_daily_funding" + " WHERE business_date = :date")
                .param("date", today)
                .query((rs, n) -> Map.entry(rs.getString("funder_id"), rs.getBigDecimal("funded")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return funders.findAllByOrderByPriorityAscFunderIdAsc().stream()
                .map(f -> new FunderPosition(f, today, fundedOf(funded.get(f.id()))))
                .toList();
    }

    private static void logTerms(String what, Funder funder, String actor, String reason) {
        log.info(
                "funder {} {} by {}, priority {}, terms {}: {}",
                funder.id(),
                what,
                actor,
                funder.priority(),
                funder.terms(),
                reason);
    }

    private Funder funder(String funderId) {
        return funders.findById(funderId).orElseThrow(() -> new FunderNotFound(funderId));
    }

    private FunderPosition position(Funder funder) {
        LocalDate today = clock.businessDate();
        BigDecimal funded = jdbc.sql("SELECT funded FROM funder_daily_funding"
                        + " WHERE funder_id = :funder AND business_date = :date")
                .param("funder", funder.id())
                .param("date", today)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        return new FunderPosition(funder, today, fundedOf(funded));
    }

    private static Money fundedOf(BigDecimal funded) {
        return funded == null ? Money.ZERO : Money.of(funded);
    }
}
