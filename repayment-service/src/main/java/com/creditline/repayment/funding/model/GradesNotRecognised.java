package com.creditline.repayment.funding.model;

import com.creditline.common.error.RuleViolation;

/** A funder's grades must be a non-empty set of the platform's grades, A to E. */
public class GradesNotRecognised extends RuleViolation {

    public GradesNotRecognised(String given) {
        super("The grades a funder funds must be one or more of A, B, C, D and E; got " + given + ".");
    }
}
