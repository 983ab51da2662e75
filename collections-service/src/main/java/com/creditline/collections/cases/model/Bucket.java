package com.creditline.collections.cases.model;

/** Delinquency buckets by days past due: current (0), M1 (1-30), M2 (31-60), M3 (61-90), M3+ (over 90). */
public enum Bucket {
    CURRENT(0),
    M1(30),
    M2(60),
    M3(90),
    M3_PLUS(Integer.MAX_VALUE);

    private final int upToDaysPastDue;

    Bucket(int upToDaysPastDue) {
        this.upToDaysPastDue = upToDaysPastDue;
    }

    public static Bucket of(int daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("days past due cannot be negative: " + daysPastDue);
        }
        for (Bucket bucket : values()) {
            if (daysPastDue <= bucket.upToDaysPastDue) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket for " + daysPastDue);
    }
}
