package com.creditline.common.autoconfigure;

import com.creditline.common.inbox.EventHandler;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.time.BusinessDateSource;
import com.creditline.common.time.BusinessDates;
import com.creditline.common.time.StoredBusinessDate;
import com.creditline.events.platform.BusinessDateAdvanced;
import com.creditline.events.platform.PlatformTopics;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Business time: the instant from a {@link Clock} bean (the system clock unless a test supplies
 * one) and the business date from the service's schema, with what moves it (end of day, or
 * following another service's end of day) and the first date of a fresh platform.
 */
@AutoConfiguration(
        after = OutboxAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@EnableConfigurationProperties(BusinessDateProperties.class)
public class BusinessTimeAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The business date from the service's schema; an application without a database has no
     * business date, and asking for one is a mistake it learns at once.
     */
    @Bean
    @ConditionalOnMissingBean
    BusinessClock businessClock(
            Clock clock, BusinessDateProperties properties, ObjectProvider<StoredBusinessDate> stored) {
        StoredBusinessDate fromSchema = stored.getIfAvailable();
        BusinessDateSource businessDate = fromSchema != null
                ? fromSchema
                : () -> {
                    throw new IllegalStateException("no business date: this application has no database");
                };
        return new BusinessClock(clock, properties.zone(), businessDate);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({JdbcTemplate.class, Outbox.class})
    static class StoredDate {

        @Bean
        StoredBusinessDate storedBusinessDate(JdbcTemplate jdbc, BusinessDateProperties properties) {
            return new StoredBusinessDate(jdbc, properties.cacheFor());
        }

        @Bean
        BusinessDates businessDates(StoredBusinessDate stored, Outbox outbox) {
            return new BusinessDates(stored, outbox);
        }

        /**
         * A fresh platform's first business date is today's calendar date, recorded once the
         * schema is migrated and before any request or event can ask for it.
         */
        @Bean
        SmartInitializingSingleton recordFirstBusinessDate(StoredBusinessDate stored, BusinessClock clock) {
            return () -> stored.recordFirst(clock.calendarDate());
        }

        /** Every service stores the business date end of day reached (the inbox delivers it). */
        @Bean
        EventHandler<BusinessDateAdvanced> businessDateFollower(BusinessDates dates) {
            return EventHandler.on(
                    PlatformTopics.BUSINESS_DATE,
                    BusinessDateAdvanced.class,
                    (event, envelope) -> dates.follow(event.businessDate()));
        }
    }
}
