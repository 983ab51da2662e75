package com.creditline.repayment.funding.model;

import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds a plan's principal and how much each holds now. Principal leaving the books (repaid,
 * refunded, charged off) is shared among the holders in proportion to what each holds, to the fen,
 * so that each holder's part runs out exactly when the plan's does.
 */
public final class Holdings {

    /** One holder of the plan: what it funded and what it holds now. */
    public record Holding(String holder, Money funded, Money outstanding) {}

    /** A holder's part of a movement. */
    public record Part(String holder, Money amount) {}

    private final List<Holding> holdings;

    public Holdings(List<Holding> holdings) {
        this.holdings = new ArrayList<>(holdings);
    }

    /** A plan with no recorded holders (opened before funders existed) is all the platform's. */
    public boolean shared() {
        return holdings.size() > 1;
    }

    /** The plan opening: each holder's part of the principal is what it funded. */
    public List<Part> opening(Money principal) {
        return split(principal, holdings.stream().map(Holding::funded).toList());
    }

    /** Principal leaving the books, shared by what each holds; what each holds goes down by its part. */
    public List<Part> reduce(Money principal) {
        List<Part> parts =
                split(principal, holdings.stream().map(Holding::outstanding).toList());
        for (int i = 0; i < holdings.size(); i++) {
            Holding h = holdings.get(i);
            holdings.set(
                    i,
                    new Holding(
                            h.holder(),
                            h.funded(),
                            h.outstanding().minus(parts.get(i).amount())));
        }
        return parts;
    }

    public List<Holding> holdings() {
        return List.copyOf(holdings);
    }

    private List<Part> split(Money amount, List<Money> by) {
        List<BigDecimal> weights = by.stream().map(Money::amount).toList();
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            weights = by.stream().map(m -> BigDecimal.ONE).toList();
        }
        List<Money> amounts = amount.allocate(weights);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < holdings.size(); i++) {
            parts.add(new Part(holdings.get(i).holder(), amounts.get(i)));
        }
        return parts;
    }
}
