package com.creditline.gateway;

import com.creditline.common.test.ServiceArchitectureTest;

class GatewayArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.gateway";
    }
}
