package com.creditline.repayment.merchant;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.merchant.model.MerchantMovement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's settlement statement for one business date: per plan, the sales financed, what the
 * merchant's terms kept back, the refunds clawed back and what they gave back, and the net change
 * in what the platform owes the merchant; tied out against the journal's merchant payable on the
 * same plans and date, read in the same snapshot.
 */
@Service
public class MerchantSettlements {

    /** One plan's movements of the merchant's payable on the date (all the plans' for the totals). */
    public record MerchantStatementLine(
            @Schema(
                    types = {"string", "null"},
                    description = "The plan; absent on the totals.")
            PlanId planId,

            Money sales,
            Money discount,
            Money subsidy,
            Money refunds,
            Money discountReturned,
            Money subsidyReturned,
            Money net) {

        static MerchantStatementLine of(PlanId planId, Map<MerchantMovement, Money> amounts) {
            Money net = amounts.entrySet().stream()
                    .map(e -> e.getKey().onPayable(e.getValue()))
                    .reduce(Money.ZERO, Money::plus);
            return new MerchantStatementLine(
                    planId,
                    amounts.getOrDefault(MerchantMovement.SALE, Money.ZERO),
                    amounts.getOrDefault(MerchantMovement.DISCOUNT, Money.ZERO),
                    amounts.getOrDefault(MerchantMovement.SUBSIDY, Money.ZERO),
                    amounts.getOrDefault(MerchantMovement.REFUND, Money.ZERO),
                    amounts.getOrDefault(MerchantMovement.DISCOUNT_RETURNED, Money.ZERO),
                    amounts.getOrDefault(MerchantMovement.SUBSIDY_RETURNED, Money.ZERO),
                    net);
        }
    }

    /**
     * The statement; {@code journalNet} is the journal's change in merchant payable on the merchant's
     * plans on the date, and {@code difference} what the statement's net is off it (zero when tied).
     */
    public record MerchantStatement(
            String merchantId,
            LocalDate businessDate,
            List<MerchantStatementLine> plans,
            MerchantStatementLine totals,
            Money payableAtClose,
            Money journalNet,
            Money difference) {}

    private final JdbcClient jdbc;

    MerchantSettlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public MerchantStatement statement(String merchantId, LocalDate date) {
        Boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM merchant_sale WHERE merchant_id = :merchant)")
                .param("merchant", merchantId)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new MerchantNotBilled(merchantId);
        }
        Map<PlanId, Map<MerchantMovement, Money>> byPlan = new LinkedHashMap<>();
        Map<MerchantMovement, Money> all = new EnumMap<>(MerchantMovement.class);
        jdbc.sql("SELECT plan_id, kind, sum(amount) AS amount FROM merchant_movement"
                        + " WHERE merchant_id = :merchant AND business_date = :on GROUP BY plan_id, kind"
                        + " ORDER BY min(movement_id)")
                .param("merchant", merchantId)
                .param("on", date)
                .query(rs -> {
                    MerchantMovement kind = MerchantMovement.valueOf(rs.getString("kind"));
                    Money amount = Money.of(rs.getBigDecimal("amount"));
                    byPlan.computeIfAbsent(
                                    PlanId.of(rs.getObject("plan_id", UUID.class)),
                                    p -> new EnumMap<>(MerchantMovement.class))
                            .merge(kind, amount, Money::plus);
                    all.merge(kind, amount, Money::plus);
                });
        List<MerchantStatementLine> lines = new ArrayList<>();
        byPlan.forEach((plan, amounts) -> lines.add(MerchantStatementLine.of(plan, amounts)));
        MerchantStatementLine totals = MerchantStatementLine.of(null, all);
        Money journalNet = payable(merchantId, "je.business_date = :on", date);
        return new MerchantStatement(
                merchantId,
                date,
                lines,
                totals,
                payable(merchantId, "je.business_date <= :on", date),
                journalNet,
                totals.net().minus(journalNet));
    }

    /** The journal's merchant payable on the merchant's plans, in every holder's books, over the dates. */
    private Money payable(String merchantId, String dates, LocalDate date) {
        return Money.of(
                jdbc.sql("SELECT coalesce(sum(CASE WHEN jl.side = 'CREDIT' THEN jl.amount ELSE -jl.amount END), 0)"
                                + " FROM journal_line jl JOIN journal_entry je ON je.entry_id = jl.entry_id"
                                + " JOIN merchant_sale s ON s.plan_id = je.plan_id"
                                + " WHERE s.merchant_id = :merchant AND jl.account = 'MERCHANT_PAYABLE' AND " + dates)
                        .param("merchant", merchantId)
                        .param("on", date)
                        .query(BigDecimal.class)
                        .single());
    }
}
