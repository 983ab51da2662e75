package com.creditline.common.test.archfixture.bad.across.lending;

import com.creditline.common.test.archfixture.bad.across.funding.Funder;

/** A service reaching into another service's code instead of its events. */
public class LoanBook {

    Funder funder;
}
