package com.creditline.repayment.plan;

import com.creditline.common.error.NotFound;

/** No plan has this id. */
public class PlanNotFound extends NotFound {

    public PlanNotFound() {
        super("No installment plan has this id.");
    }
}
