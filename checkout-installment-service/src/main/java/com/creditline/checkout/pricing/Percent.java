package com.creditline.checkout.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a rate held as a fraction is shown to people: 0.10895 is "10.90%". */
public final class Percent {

    private Percent() {}

    public static String of(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
