package com.creditline.gateway;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

class GatewayArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.gateway";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of("com.creditline.gateway.partner.model..");
    }
}
