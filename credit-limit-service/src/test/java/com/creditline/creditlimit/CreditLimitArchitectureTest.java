package com.creditline.creditlimit;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Credit-limit's model lives in {@code account} ({@code CreditAccount}, {@code Hold},
 * {@code HoldCapture}, {@code TemporaryRaise}, {@code AccountChange}, {@code AccountStatus} and the
 * exceptions), which today shares its package with the services, repositories and controllers.
 */
class CreditLimitArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.creditlimit";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of("com.creditline.creditlimit.account");
    }

    @Test
    @Disabled("issue 11: account holds CreditLineServicing, HoldLapsing, CreditLineEventHandling, CreditLineRules, the"
            + " repositories and the controllers next to the model (CreditAccount, Hold); the model moves to its"
            + " own package in a later step")
    @Override
    protected void modelIsPlainJava() {}
}
