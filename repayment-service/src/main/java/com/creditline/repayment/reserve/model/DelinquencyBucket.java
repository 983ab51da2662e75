package com.creditline.repayment.reserve.model;

/** Delinquency buckets by days past due, as collections counts them: current, M1, M2, M3, over 90. */
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
        for (DelinquencyBucket bucket : values()) {
            if (daysPastDue <= bucket.upToDaysPastDue) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("days past due " + daysPastDue);
    }

    /** The least days past due in the bucket. */
    public int fromDaysPastDue() {
        return this == CURRENT ? 0 : values()[ordinal() - 1].upToDaysPastDue + 1;
    }

    /** The most days past due in the bucket. */
    public int toDaysPastDue() {
        return upToDaysPastDue;
    }
}
