package com.creditline.common.delinquency;

/**
 * Delinquency buckets by days past due, as the industry counts them: current (0), M1 (1-30), M2
 * (31-60), M3 (61-90), M3+ (over 90). Collections works cases by them; the books provide for
 * expected losses by them.
 */
public enum DelinquencyBucket {
    CURRENT(0),
    M1(30),
    M2(60),
    M3(90),
    M3_PLUS(Integer.MAX_VALUE);

    private final int upToDaysPastDue;

    DelinquencyBucket(int upToDaysPastDue) {
        this.upToDaysPastDue = upToDaysPastDue;
    }

    public static DelinquencyBucket of(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        for (DelinquencyBucket bucket : values()) {
            if (daysPastDue <= bucket.upToDaysPastDue) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket for " + daysPastDue);
    }
}
