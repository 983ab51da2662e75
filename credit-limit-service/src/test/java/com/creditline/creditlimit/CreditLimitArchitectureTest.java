package com.creditline.creditlimit;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

/**
 * Credit-limit's model lives in {@code account.model}: the account, its holds and their captures,
 * temporary raises, the audited changes and the refusals; the services, repositories and
 * controllers around it live in {@code account}.
 */
class CreditLimitArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.creditlimit";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of("com.creditline.creditlimit.account.model");
    }
}
