package com.creditline.common.test.archfixture.bad.model;

import org.springframework.util.Assert;

/** A model class that leans on Spring for its checks. */
public class Loan {

    Loan(String id) {
        Assert.hasText(id, "id");
    }
}
