package com.creditline.gateway.localissuer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The local issuer's keys and the gateway's verifier of its tokens, for a web slice
 * ({@code GatewayWebSlice}): the production configuration, which is package-private here.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(LocalIssuerConfiguration.class)
public class LocalIssuerKeysForSlices {}
