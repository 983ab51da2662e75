package com.creditline.risk.scoring;

import java.math.BigDecimal;

/** Risk grades, best first, each covering a band of probability of default. */
public enum Grade {
    A("0.02"),
    B("0.04"),
    C("0.07"),
    D("0.12"),
    E("0.20");

    private final BigDecimal upperProbabilityOfDefault;

    Grade(String upperProbabilityOfDefault) {
        this.upperProbabilityOfDefault = new BigDecimal(upperProbabilityOfDefault);
    }

    /** The probability of default this grade stays below. */
    public BigDecimal upperProbabilityOfDefault() {
        return upperProbabilityOfDefault;
    }

    /** The grade of a probability of default, or null when it is above grade E's band. */
    public static Grade of(BigDecimal probabilityOfDefault) {
        for (Grade grade : values()) {
            if (probabilityOfDefault.compareTo(grade.upperProbabilityOfDefault) < 0) {
                return grade;
            }
        }
        return null;
    }
}
