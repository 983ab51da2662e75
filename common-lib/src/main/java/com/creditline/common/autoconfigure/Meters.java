package com.creditline.common.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/** The service's meter registry, or one of its own where the service has none (a test app). */
final class Meters {

    private Meters() {}

    static MeterRegistry of(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(SimpleMeterRegistry::new);
    }
}
