package com.creditline.risk.models;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Training a challenger: the fewest labelled applications and bads to train on, the share held out
 * to compare it with the champion, and the seed of the split (a run can be repeated).
 */
@ConfigurationProperties("creditline.risk.models")
record ModelProperties(
        @DefaultValue("500") int minimumOutcomes,
        @DefaultValue("50") int minimumBads,
        @DefaultValue("0.3") double heldOutShare,
        @DefaultValue("2026") long seed) {}
