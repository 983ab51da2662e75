package com.creditline.repayment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Repayment: schedules, ledgers, payments by the waterfall, end of day, late fees. */
@SpringBootApplication
public class RepaymentApplication {

    public static void main(String[] args) {
        SpringApplication.run(RepaymentApplication.class, args);
    }
}
