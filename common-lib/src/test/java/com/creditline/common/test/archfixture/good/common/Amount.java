package com.creditline.common.test.archfixture.good.common;

import java.math.BigDecimal;

/** The shared library's support code. */
public record Amount(BigDecimal value) {}
