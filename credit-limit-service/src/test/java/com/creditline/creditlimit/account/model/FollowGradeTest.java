package com.creditline.creditlimit.account.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FollowGradeTest {

    static final Instant AT = Instant.parse("2026-12-02T02:00:00Z");

    @Test
    void shouldRaiseAnActiveLineToABetterGradesRecommendation() {
        CreditAccount account = account();

        AccountChange change = account.followGrade("A", Money.yuan(12_000), "risk-scoring", "behaviour", AT);

        assertThat(change.newLimit()).isEqualTo(Money.yuan(12_000));
        assertThat(account.permanentLimit()).isEqualTo(Money.yuan(12_000));
        assertThat(account.grade()).isEqualTo("A");
        assertThat(account.pricingTier()).isEqualTo("TIER_A");
    }

    @Test
    void shouldCutToAWorseGradesRecommendationButNeverBelowWhatIsOwed() {
        CreditAccount account = account();
        account.changeStatus(AccountStatus.DELINQUENT, "system", "late", AT);

        assertThat(account.followGrade("E", Money.yuan(5_000), "risk-scoring", "behaviour", AT)
                        .newLimit())
                .isEqualTo(Money.yuan(5_000));
        assertThat(account.followGrade("B", Money.yuan(9_000), "risk-scoring", "review", AT))
                .as("no raise while the line is not active")
                .isNull();
    }

    private static CreditAccount account() {
        return CreditAccount.open(
                new OpeningCreditLine(
                        CustomerId.of("c-1"), Money.yuan(10_000), "B", "TIER_B", "risk-scoring", "approved"),
                AT);
    }
}
