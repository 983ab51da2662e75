package com.creditline.creditlimit;

import com.creditline.common.test.ServiceInfrastructureIT;

class CreditLimitInfrastructureIT extends ServiceInfrastructureIT {}
