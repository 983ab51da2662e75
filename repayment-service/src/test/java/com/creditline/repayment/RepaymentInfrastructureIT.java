package com.creditline.repayment;

import com.creditline.common.test.ServiceInfrastructureIT;

class RepaymentInfrastructureIT extends ServiceInfrastructureIT {}
