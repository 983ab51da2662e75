package com.creditline.repayment.portfolio.model;

/**
 * Bands of days past due finer than the buckets, for the distribution staff watch: the grace of 3
 * days (no late fee), the first week, the collections strategy's steps (D+15 a human agent, D+30 a
 * formal notice), then by month up to charge-off at 180.
 */
public enum DaysPastDueBand {
    CURRENT(0, 0),
    DAYS_1_3(1, 3),
    DAYS_4_7(4, 7),
    DAYS_8_15(8, 15),
    DAYS_16_30(16, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    DAYS_91_180(91, 180),
    OVER_180(181, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    DaysPastDueBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static DaysPastDueBand of(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        for (DaysPastDueBand band : values()) {
            if (daysPastDue <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("no band for " + daysPastDue);
    }

    public int from() {
        return from;
    }

    /** The band's last day past due; null for the open-ended last band. */
    public Integer to() {
        return to == Integer.MAX_VALUE ? null : to;
    }
}
