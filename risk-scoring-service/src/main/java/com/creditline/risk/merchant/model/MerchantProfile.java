package com.creditline.risk.merchant.model;

import com.creditline.common.id.MerchantId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Who the merchant is: its name, when it began selling on the platform and what it sells. */
public record MerchantProfile(MerchantId merchantId, String name, LocalDate onboardedOn, String category) {

    /** Whole months since onboarding on a business date; none before it. */
    public int tenureMonths(LocalDate on) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(onboardedOn, on));
    }
}
