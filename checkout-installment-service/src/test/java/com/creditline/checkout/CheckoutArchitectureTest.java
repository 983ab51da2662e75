package com.creditline.checkout;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

class CheckoutArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.checkout";
    }

    @Override
    protected List<String> purePackages() {
        return List.of("..checkout.pricing..");
    }
}
