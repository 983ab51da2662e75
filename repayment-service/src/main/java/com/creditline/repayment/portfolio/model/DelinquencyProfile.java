package com.creditline.repayment.portfolio.model;

import com.creditline.common.money.Money;
import com.creditline.repayment.customer.model.DaysPastDue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The open portfolio on a business date, plan by plan or group by group: each plan's days past due
 * are those of its oldest installment unpaid at the end of its due date ({@link DaysPastDue}); an
 * active plan counts by its bucket and its band, a charged-off plan in the charged-off bucket only
 * (it has left collections' bands).
 */
public final class DelinquencyProfile {

    /** Plans and their outstanding principal. */
    public record Tally(long plans, Money outstandingPrincipal) {
        static final Tally NONE = new Tally(0, Money.ZERO);

        Tally plus(long morePlans, Money more) {
            return new Tally(plans + morePlans, outstandingPrincipal.plus(more));
        }
    }

    private final LocalDate businessDate;
    private final Map<PortfolioBucket, Tally> buckets = new EnumMap<>(PortfolioBucket.class);
    private final Map<DaysPastDueBand, Tally> bands = new EnumMap<>(DaysPastDueBand.class);

    public DelinquencyProfile(LocalDate businessDate) {
        this.businessDate = businessDate;
    }

    /**
     * Counts {@code plans} plans holding {@code outstandingPrincipal} between them, whose oldest
     * unpaid installment was due on {@code oldestUnpaidDueDate} (null when none is unpaid).
     */
    public void add(boolean chargedOff, LocalDate oldestUnpaidDueDate, long plans, Money outstandingPrincipal) {
        int days = oldestUnpaidDueDate == null
                ? 0
                : DaysPastDue.of(oldestUnpaidDueDate, businessDate).days();
        buckets.merge(
                PortfolioBucket.of(chargedOff, days),
                new Tally(plans, outstandingPrincipal),
                (a, b) -> a.plus(b.plans(), b.outstandingPrincipal()));
        if (!chargedOff) {
            bands.merge(
                    DaysPastDueBand.of(days),
                    new Tally(plans, outstandingPrincipal),
                    (a, b) -> a.plus(b.plans(), b.outstandingPrincipal()));
        }
    }

    /** Every bucket in order, empty ones too. */
    public List<Map.Entry<PortfolioBucket, Tally>> buckets() {
        List<Map.Entry<PortfolioBucket, Tally>> all = new ArrayList<>();
        for (PortfolioBucket bucket : PortfolioBucket.values()) {
            all.add(Map.entry(bucket, buckets.getOrDefault(bucket, Tally.NONE)));
        }
        return all;
    }

    /** Every band in order, empty ones too (active plans only). */
    public List<Map.Entry<DaysPastDueBand, Tally>> bands() {
        List<Map.Entry<DaysPastDueBand, Tally>> all = new ArrayList<>();
        for (DaysPastDueBand band : DaysPastDueBand.values()) {
            all.add(Map.entry(band, bands.getOrDefault(band, Tally.NONE)));
        }
        return all;
    }

    /** All plans counted, charged off included. */
    public Tally total() {
        Tally total = Tally.NONE;
        for (Tally t : buckets.values()) {
            total = total.plus(t.plans(), t.outstandingPrincipal());
        }
        return total;
    }
}
