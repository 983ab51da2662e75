package com.creditline.repayment.creditbalance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayoutProperties.class)
class PayoutConfiguration {}
