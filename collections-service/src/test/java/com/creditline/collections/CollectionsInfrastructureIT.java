package com.creditline.collections;

import com.creditline.common.test.ServiceInfrastructureIT;

class CollectionsInfrastructureIT extends ServiceInfrastructureIT {}
