package com.creditline.creditlimit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Credit accounts: limits, holds, outstanding principal, statuses, and the audit of every change. */
@SpringBootApplication
public class CreditLimitApplication {

    public static void main(String[] args) {
        SpringApplication.run(CreditLimitApplication.class, args);
    }
}
