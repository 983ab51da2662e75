package com.creditline.collections;

import com.creditline.common.test.ServiceArchitectureTest;

class CollectionsArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.collections";
    }
}
