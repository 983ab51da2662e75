package com.creditline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A customer's whole story through the gateway, on the real platform (real PostgreSQL, real Kafka,
 * the six services from their jars), checked to the fen at the end.
 */
class CustomerStoryIT {

    @Test
    void shouldCarryACustomerFromApplicationThroughArrearsAndBackWithTheBooksInStep() throws Exception {
        Platform platform = TestPlatform.get();

        CustomerStory.Outcome outcome =
                new CustomerStory(platform.gatewayUrl(), line -> System.out.println("[story] " + line)).tell();

        assertThat(outcome.plans()).isEqualTo(2);
        assertThat(outcome.lateFee()).isPositive();
        assertThat(outcome.daysPastDue()).isEqualTo(8);
        assertThat(outcome.caseBucket()).isEqualTo("M1");
        assertThat(outcome.reminderChannels()).contains("SMS", "EMAIL", "VOICE");
        assertThat(outcome.declineWhileDelinquent()).isEqualTo("ACCOUNT_NOT_ACTIVE");
        assertThat(outcome.statusAfterCure()).isEqualTo("ACTIVE");
        assertThat(outcome.caseStatusAfterCure()).isEqualTo("CLOSED");
        assertThat(outcome.lineOutstanding()).isEqualByComparingTo(outcome.ledgerOutstanding());
        // the behaviour score may have re-graded the late customer and cut the line by the end
        assertThat(outcome.available())
                .isEqualByComparingTo(outcome.limitAtTheEnd().subtract(outcome.lineOutstanding()));
        assertThat(outcome.lineOutstanding()).isLessThan(new BigDecimal("2700.00"));
        assertThat(outcome.reconciliationDifferences()).isZero();
        assertThat(outcome.booksHold()).isTrue();
    }
}
