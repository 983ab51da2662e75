package com.creditline.collections;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Collections: cases by bucket, reminders through contact channels, promises to pay, charge-off. */
@SpringBootApplication
@EnableScheduling
public class CollectionsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CollectionsApplication.class, args);
    }
}
