package com.creditline.repayment.merchant;

import static com.creditline.repayment.journal.model.Account.FEE_INCOME;
import static com.creditline.repayment.journal.model.Account.MERCHANT_DISCOUNT_INCOME;
import static com.creditline.repayment.journal.model.Account.MERCHANT_PAYABLE;

import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.funding.PlanFunding;
import com.creditline.repayment.funding.model.Holdings;
import com.creditline.repayment.journal.Journal;
import com.creditline.repayment.journal.model.JournalEntry;
import com.creditline.repayment.journal.model.Side;
import com.creditline.repayment.merchant.model.MerchantMovement;
import com.creditline.repayment.merchant.model.MerchantSale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bills the merchant of a financed sale, in the caller's transaction: at capture its discount and
 * subsidy come off what it is owed (discount income and fee income); a refund claws the refunded
 * money back (the refund's own entry) and gives back the refunded share of both. Each movement of
 * the merchant's payable is kept for its settlement statement. Sales of the platform's own store
 * (no merchant) are not billed.
 */
@Component
public class MerchantBilling {

    private final JdbcClient jdbc;
    private final Journal journal;
    private final PlanFunding funding;

    MerchantBilling(JdbcClient jdbc, Journal journal, PlanFunding funding) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.funding = funding;
    }

    /** The plan financed a merchant's sale on the date. */
    public void sold(PlanId plan, String merchantId, MerchantSale sale, LocalDate on, String reference, Instant at) {
        jdbc.sql("INSERT INTO merchant_sale (plan_id, merchant_id, sold_on, principal, discount, subsidy, refunded)"
                        + " VALUES (:plan, :merchant, :on, :principal, :discount, :subsidy, 0)")
                .param("plan", plan.value())
                .param("merchant", merchantId)
                .param("on", on)
                .param("principal", sale.principal().amount())
                .param("discount", sale.discount().amount())
                .param("subsidy", sale.subsidy().amount())
                .update();
        moved(merchantId, plan, on, MerchantMovement.SALE, sale.principal(), reference);
        moved(merchantId, plan, on, MerchantMovement.DISCOUNT, sale.discount(), reference);
        moved(merchantId, plan, on, MerchantMovement.SUBSIDY, sale.subsidy(), reference);
        JournalEntry.Draft entry = JournalEntry.draft(on, "merchant-terms:" + reference, "merchant " + merchantId, at)
                .about(plan)
                .debit(MERCHANT_PAYABLE, sale.discount())
                .credit(MERCHANT_DISCOUNT_INCOME, sale.discount());
        subsidy(entry, plan, sale.subsidy(), Side.DEBIT);
        if (!entry.isEmpty()) {
            journal.save(entry.post());
        }
    }

    /** A refund on the plan: nothing to bill when it financed no merchant's sale. */
    public void refunded(PlanId plan, Money refund, LocalDate on, String reference, Instant at) {
        Optional<SaleRow> found = jdbc.sql("SELECT merchant_id, principal, discount, subsidy, refunded"
                        + " FROM merchant_sale WHERE plan_id = :plan FOR UPDATE")
                .param("plan", plan.value())
                .query((rs, n) -> new SaleRow(
                        rs.getString(1),
                        new MerchantSale(
                                Money.of(rs.getBigDecimal(2)),
                                Money.of(rs.getBigDecimal(3)),
                                Money.of(rs.getBigDecimal(4))),
                        Money.of(rs.getBigDecimal(5))))
                .optional();
        if (found.isEmpty()) {
            return;
        }
        SaleRow row = found.get();
        MerchantSale.Returned returned = row.sale().returned(row.refunded(), refund);
        jdbc.sql("UPDATE merchant_sale SET refunded = refunded + :refund WHERE plan_id = :plan")
                .param("refund", refund.amount())
                .param("plan", plan.value())
                .update();
        moved(row.merchantId(), plan, on, MerchantMovement.REFUND, refund, reference);
        moved(row.merchantId(), plan, on, MerchantMovement.DISCOUNT_RETURNED, returned.discount(), reference);
        moved(row.merchantId(), plan, on, MerchantMovement.SUBSIDY_RETURNED, returned.subsidy(), reference);
        JournalEntry.Draft entry = JournalEntry.draft(
                        on, "merchant-terms:" + reference, "merchant " + row.merchantId(), at)
                .about(plan)
                .debit(MERCHANT_DISCOUNT_INCOME, returned.discount())
                .credit(MERCHANT_PAYABLE, returned.discount());
        subsidy(entry, plan, returned.subsidy(), Side.CREDIT);
        if (!entry.isEmpty()) {
            journal.save(entry.post());
        }
    }

    /**
     * The subsidy is fee income, each holder's by its fee share (docs/funding.md): kept back from the
     * merchant's payable in that holder's books (payable to the debit side), or given back.
     */
    private void subsidy(JournalEntry.Draft entry, PlanId plan, Money amount, Side payableSide) {
        if (amount.isZero()) {
            return;
        }
        Side incomeSide = payableSide == Side.DEBIT ? Side.CREDIT : Side.DEBIT;
        for (Holdings.Part part : funding.feeParts(plan, amount)) {
            entry.line(MERCHANT_PAYABLE, part.holder(), payableSide, part.amount())
                    .line(FEE_INCOME, part.holder(), incomeSide, part.amount());
        }
    }

    private record SaleRow(String merchantId, MerchantSale sale, Money refunded) {}

    private void moved(
            String merchantId, PlanId plan, LocalDate on, MerchantMovement kind, Money amount, String reference) {
        if (amount.isZero()) {
            return;
        }
        jdbc.sql("INSERT INTO merchant_movement (merchant_id, plan_id, business_date, kind, amount, reference)"
                        + " VALUES (:merchant, :plan, :on, :kind, :amount, :reference)")
                .param("merchant", merchantId)
                .param("plan", plan.value())
                .param("on", on)
                .param("kind", kind.name())
                .param("amount", amount.amount())
                .param("reference", reference)
                .update();
    }
}
