/**
 * Whether the model still fits the population: stability of the application score and of each
 * feature the champion reads, approval rate and grade mix by week, bad rates by grade and by
 * vintage; behind an admin endpoint and as Prometheus gauges, with an alert when a population
 * stability passes 0.25.
 */
package com.creditline.risk.monitoring;
