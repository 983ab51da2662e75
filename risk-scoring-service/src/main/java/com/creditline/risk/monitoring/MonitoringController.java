package com.creditline.risk.monitoring;

import com.creditline.common.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff watch whether the model still fits the population. */
@Tag(name = "Model monitoring", description = "Population stability, approvals, grade mix, bad rates, vintages.")
@RestController
class MonitoringController {

    private final ModelMonitoring monitoring;

    MonitoringController(ModelMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Operation(
            summary = "Read the model monitoring report",
            description = "For the champion model: the population stability of its application scores over the last"
                    + " 7 days against its first 1,000 decisions (alert above 0.25); the same for each feature the"
                    + " champion reads, over bands drawn from the baseline (its deciles for a number, its"
                    + " categories for a category); applications, approval rate"
                    + " and grade mix by week (12 weeks); bad rates by grade among labelled applications; and by"
                    + " month of approval (24 months) the share 30+ days past due within 3 months on book and 90+"
                    + " within 6 and 12.")
    @ApiResponse(responseCode = "200", description = "The report.")
    @GetMapping("/api/v1/admin/risk/monitoring")
    @PreAuthorize(Access.STAFF)
    MonitoringReport report() {
        return monitoring.report();
    }
}
