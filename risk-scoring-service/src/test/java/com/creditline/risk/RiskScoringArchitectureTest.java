package com.creditline.risk;

import com.creditline.common.test.ServiceArchitectureTest;

class RiskScoringArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.risk";
    }
}
