package com.creditline.creditlimit;

import com.creditline.common.test.ServiceArchitectureTest;

class CreditLimitArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.creditlimit";
    }
}
