package com.creditline.events.risk;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.util.UUID;

/**
 * risk-scoring-service approved a customer's application for a credit line. credit-limit-service
 * opens the account with the recommended limit.
 */
public record CreditApplicationApproved(
        UUID applicationId, String customerId, String grade, int score, Money recommendedLimit, String pricingTier)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return applicationId.toString();
    }
}
