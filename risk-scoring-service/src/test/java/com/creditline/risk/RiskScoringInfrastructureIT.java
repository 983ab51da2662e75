package com.creditline.risk;

import com.creditline.common.test.ServiceInfrastructureIT;

class RiskScoringInfrastructureIT extends ServiceInfrastructureIT {}
