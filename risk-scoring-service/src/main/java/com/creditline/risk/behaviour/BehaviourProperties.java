package com.creditline.risk.behaviour;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The behaviour score: the scorecard artifact it uses, how often it looks for customers due a
 * score, and how many it scores in one transaction.
 */
@ConfigurationProperties("creditline.risk.behaviour")
record BehaviourProperties(
        @DefaultValue("classpath:scorecards/behaviour-expert-v1.json")
        String scorecard,

        @DefaultValue("60s") Duration every,
        @DefaultValue("100") int batch) {}
