package com.creditline.checkout;

import com.creditline.common.test.ArchitectureRules;
import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Checkout's model: {@code pricing} (plain Java already) and the order model in {@code order}
 * ({@code FinancedOrder}, {@code FinancedPlan}, {@code CaptureIntent}, {@code OrderRefund}), which
 * today shares its package with the order services, repositories, client and controller.
 */
class CheckoutArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.checkout";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of("com.creditline.checkout.pricing..", "com.creditline.checkout.order");
    }

    /** Meanwhile the pricing model stays checked on its own. */
    @Test
    void pricingIsPlainJava() {
        ArchitectureRules.modelIsPlainJava(List.of("com.creditline.checkout.pricing.."))
                .check(classes());
    }

    @Test
    @Disabled("issue 11: order holds Spring classes next to its model (Orders, OrderController, CreditLineClient,"
            + " OrderEvents, OrderPartners, OrderRecovery, FinancedOrders, CaptureIntents); the Orders split"
            + " moves them out of the model package")
    @Override
    protected void modelIsPlainJava() {}

    @Test
    @Disabled("issue 11: order/Orders.java has 408 lines; the Orders split by use case brings it under 300")
    @Override
    protected void noMainClassIsLongerThan300Lines() {}

    @Test
    @Disabled("issue 11: order.Orders has 12 collaborators; the Orders split by use case brings it to 8 or fewer")
    @Override
    protected void noServiceHasMoreThanEightCollaborators() {}
}
