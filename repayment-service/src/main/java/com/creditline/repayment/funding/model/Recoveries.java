package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a recovery belongs to (docs/funding.md): money received on a charged-off plan (a payment or a
 * refund) is shared among its holders by the loss each bore, to the fen: what each wrote off at
 * charge-off (its part of the principal, and for the platform the unpaid late fees too). A
 * guaranteed funder bore no loss (the platform paid it its principal), so its part is the
 * platform's. With no loss recorded, it is all the platform's.
 */
public final class Recoveries {

    /** What a holder wrote off when the plan was charged off, and whether the platform guaranteed it. */
    public record Loss(String holder, Money principal, Money lateFees, boolean guaranteed) {}

    private Recoveries() {}

    /** The holders' parts of a recovery, the platform's last; they sum to it exactly. */
    public static List<Holdings.Part> split(Money recovered, List<Loss> losses) {
        List<String> holders = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal platform = BigDecimal.ZERO;
        for (Loss loss : losses) {
            BigDecimal borne = loss.principal().plus(loss.lateFees()).amount();
            if (loss.holder().equals(FundingPolicy.PLATFORM) || loss.guaranteed()) {
                platform = platform.add(borne);
            } else {
                holders.add(loss.holder());
                weights.add(borne);
            }
        }
        holders.add(FundingPolicy.PLATFORM);
        weights.add(platform);
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            return List.of(new Holdings.Part(FundingPolicy.PLATFORM, recovered));
        }
        List<Money> amounts = recovered.allocate(weights);
        List<Holdings.Part> parts = new ArrayList<>();
        for (int i = 0; i < holders.size(); i++) {
            parts.add(new Holdings.Part(holders.get(i), amounts.get(i)));
        }
        return parts;
    }
}
