package com.creditline.checkout;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

/**
 * Checkout's model: {@code pricing}, and the {@code model} package of each feature that has one
 * (orders, cash draws, merchants, partner links, webhooks). The feature packages around them hold the use cases,
 * repositories, clients and controllers.
 */
class CheckoutArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.checkout";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of(
                "com.creditline.checkout.pricing..",
                "com.creditline.checkout.order.model..",
                "com.creditline.checkout.cash.model..",
                "com.creditline.checkout.merchant.model..",
                "com.creditline.checkout.partner.model..",
                "com.creditline.checkout.webhook.model..");
    }
}
