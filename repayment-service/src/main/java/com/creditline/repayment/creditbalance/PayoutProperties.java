package com.creditline.repayment.creditbalance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local payout provider, a stand-in for the bank: whether it confirms requested payouts by
 * itself, how long after the request, and how often it looks. With a real provider, its answer
 * comes through {@code POST /api/v1/admin/payouts/{payoutId}/outcome} and this stays off.
 */
@ConfigurationProperties("creditline.payouts.local")
record PayoutProperties(
        @DefaultValue("true") boolean autoConfirm,
        @DefaultValue("60s") Duration confirmAfter,
        @DefaultValue("10s") Duration every) {}
