package com.creditline.events.risk;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Risk decided a merchant's credit line from its sales: the grade, the limit (zero when declined) and
 * the reasons, with the model that decided. The merchant borrows under its own borrower id
 * ({@link #borrowerIdOf}), which keys the event like a customer's.
 */
public record MerchantLineDecided(
        String merchantId,
        String customerId,
        UUID decisionId,
        boolean approved,
        String grade,
        Money limit,
        String modelId,
        int modelVersion,
        List<String> reasons,
        LocalDate businessDate)
        implements CustomerEvent {

    /** The prefix of a merchant's borrower id: no consumer customer id is given one that starts with it. */
    public static final String BORROWER_PREFIX = "mch-";

    public MerchantLineDecided {
        reasons = List.copyOf(reasons);
    }

    public static String borrowerIdOf(String merchantId) {
        return BORROWER_PREFIX + merchantId;
    }

    @Override
    public String aggregateId() {
        return customerId;
    }
}
