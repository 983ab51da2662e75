package com.creditline.checkout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Checkout financing: quotes, authorisation, capture, void, refund, and installment plans. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CheckoutApplication {

    public static void main(String[] args) {
        SpringApplication.run(CheckoutApplication.class, args);
    }
}
