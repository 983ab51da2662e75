package com.creditline.risk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Risk scoring: application decisions, the grade of record, the behaviour score, and reviews. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RiskScoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(RiskScoringApplication.class, args);
    }
}
