package com.creditline.checkout;

import com.creditline.common.test.ServiceInfrastructureIT;

class CheckoutInfrastructureIT extends ServiceInfrastructureIT {}
