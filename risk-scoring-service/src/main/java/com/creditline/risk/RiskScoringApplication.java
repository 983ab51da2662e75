package com.creditline.risk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Risk scoring: application decisions, grades, recommended limits, and behaviour reviews. */
@SpringBootApplication
public class RiskScoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(RiskScoringApplication.class, args);
    }
}
