package com.creditline.risk;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;

class RiskScoringArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.risk";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of(
                "com.creditline.risk.scoring..",
                "com.creditline.risk.behaviour.model",
                "com.creditline.risk.campaign.model",
                "com.creditline.risk.grading.model",
                "com.creditline.risk.merchant.model",
                "com.creditline.risk.outcome");
    }
}
