package com.creditline.collections;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every test context of this module runs on a clock fixed at 10:00 in Shanghai on 2 March 2026,
 * inside the contact window, so what the processing step sends does not depend on when the build
 * runs; a fresh test schema takes that day as its first business date. Picked up by component
 * scanning, like a bean of the service.
 */
@Configuration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final Instant TEN_IN_SHANGHAI = Instant.parse("2026-03-02T02:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(TEN_IN_SHANGHAI, ZoneOffset.UTC);
    }
}
