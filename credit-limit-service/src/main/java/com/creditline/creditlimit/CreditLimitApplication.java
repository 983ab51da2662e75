package com.creditline.creditlimit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Credit accounts: limits, holds, outstanding principal, statuses, and the audit of every change. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CreditLimitApplication {

    public static void main(String[] args) {
        SpringApplication.run(CreditLimitApplication.class, args);
    }
}
