package com.creditline.repayment;

import com.creditline.common.test.ServiceArchitectureTest;

class RepaymentArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.repayment";
    }
}
