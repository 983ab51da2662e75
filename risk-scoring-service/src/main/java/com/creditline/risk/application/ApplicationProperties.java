package com.creditline.risk.application;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a declined applicant waits before applying again. */
@ConfigurationProperties("creditline.risk.applications")
record ApplicationProperties(@DefaultValue("P30D") Period coolOffAfterDecline) {}
