package com.creditline.repayment.reserve;

import com.creditline.common.delinquency.DelinquencyBucket;
import com.creditline.repayment.reserve.model.ReservePolicy;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reserve's share of fee income (10 % unless set) and the loss rate of each delinquency bucket
 * (unless set: current 1 %, M1 5 %, M2 25 %, M3 50 %, over 90 days 80 %).
 */
@ConfigurationProperties("creditline.reserve")
record ReserveProperties(
        @DefaultValue("0.10") BigDecimal contributionShare, Map<DelinquencyBucket, BigDecimal> lossRates) {

    static final Map<DelinquencyBucket, BigDecimal> DEFAULT_LOSS_RATES = Map.of(
            DelinquencyBucket.CURRENT, new BigDecimal("0.01"),
            DelinquencyBucket.M1, new BigDecimal("0.05"),
            DelinquencyBucket.M2, new BigDecimal("0.25"),
            DelinquencyBucket.M3, new BigDecimal("0.50"),
            DelinquencyBucket.M3_PLUS, new BigDecimal("0.80"));

    ReservePolicy policy() {
        Map<DelinquencyBucket, BigDecimal> rates = new EnumMap<>(DEFAULT_LOSS_RATES);
        if (lossRates != null) {
            rates.putAll(lossRates);
        }
        return new ReservePolicy(contributionShare, rates);
    }
}
