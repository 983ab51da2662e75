package com.creditline.collections;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

/**
 * Collections' model lives in the {@code model} package of each feature: the case and its promises
 * ({@code cases.model}), the reminder strategy ({@code strategy.model}), contact attempts and the
 * contact rules ({@code contact.model}), and the decision on an attempt ({@code outreach.model}).
 */
class CollectionsArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.collections";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of(
                "com.creditline.collections.cases.model",
                "com.creditline.collections.strategy.model",
                "com.creditline.collections.contact.model",
                "com.creditline.collections.outreach.model");
    }
}
