package com.creditline.creditlimit.account.model;

import static com.creditline.creditlimit.account.model.Hold.Purpose.CASH;
import static com.creditline.creditlimit.account.model.Hold.Purpose.PURCHASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A merchant line follows its own written limits, not the consumer ceiling nor the cash share: its
 * whole available amount is drawn as cash, and it takes no purchase.
 */
class MerchantLineTest {

    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    static final CashShare HALF = new CashShare(new BigDecimal("0.5"));
    static final MerchantLimits LIMITS = new MerchantLimits(Money.of("10000.00"), Money.of("1000000.00"));

    static CreditAccount merchantLine(String limit) {
        return CreditAccount.open(
                new OpeningCreditLine(
                        CustomerId.of("mch-m1"),
                        Money.of(limit),
                        "B",
                        "TIER_B",
                        MerchantLineDecision.ACTOR,
                        "decided",
                        LineKind.MERCHANT),
                NOW);
    }

    static MerchantLineDecision decision(String limit, LocalDate on) {
        return new MerchantLineDecision(
                CustomerId.of("mch-m1"),
                UUID.randomUUID(),
                Money.of(limit),
                "A",
                "merchant-line",
                3,
                List.of("sales-growth", "low-refunds"),
                on);
    }

    @Test
    void shouldCapADecidedLimitAtTheMaximumAndLendNothingBelowTheMinimum() {
        assertThat(LIMITS.limitFor(Money.of("1500000.00"))).isEqualTo(Money.of("1000000.00"));
        assertThat(LIMITS.limitFor(Money.of("250000.00"))).isEqualTo(Money.of("250000.00"));
        assertThat(LIMITS.limitFor(Money.of("10000.00"))).isEqualTo(Money.of("10000.00"));
        assertThat(LIMITS.limitFor(Money.of("9999.99"))).isNull();
        assertThatThrownBy(() -> new MerchantLimits(Money.of("10000.00"), Money.of("9000.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldOpenAboveTheConsumerCeilingAndLendItWhollyAsCash() {
        CreditAccount line = merchantLine("250000.00");

        assertThat(line.kind()).isEqualTo(LineKind.MERCHANT);
        assertThat(line.permanentLimit()).isEqualTo(Money.of("250000.00"));
        LineRoom room = line.room(TODAY, HALF);
        assertThat(room.available()).isEqualTo(Money.of("250000.00"));
        assertThat(room.cashAvailable()).isEqualTo(Money.of("250000.00"));
        line.reserve(Money.of("220000.00"), CASH, TODAY, HALF);
        line.capture(Money.of("220000.00"), CASH);
        line.reserve(Money.of("30000.00"), CASH, TODAY, HALF);
        assertThatThrownBy(() -> line.reserve(Money.of("0.01"), CASH, TODAY, HALF))
                .isInstanceOf(CashLimitExceeded.class);
    }

    @Test
    void shouldRefuseAPurchaseOnAMerchantLineButNotOnAConsumerLine() {
        CreditAccount line = merchantLine("50000.00");

        assertThatThrownBy(() -> line.reserve(Money.of("100.00"), PURCHASE, TODAY, HALF))
                .isInstanceOf(MerchantLinePurchase.class)
                .hasMessageContaining("no PURCHASE hold");
        assertThat(line.held()).isEqualTo(Money.ZERO);
        CreditAccount consumer = CreditAccount.open(
                new OpeningCreditLine(CustomerId.of("c-1"), Money.of("250000.00"), "A", "TIER_A", "test", "ok"), NOW);
        assertThat(consumer.kind()).isEqualTo(LineKind.CONSUMER);
        assertThat(consumer.permanentLimit()).isEqualTo(Money.of("200000.00"));
        consumer.reserve(Money.of("100.00"), PURCHASE, TODAY, HALF);
    }

    @Test
    void shouldFollowALaterDecisionRecordItsReasonsAndIgnoreAnOlderOne() {
        CreditAccount line = merchantLine("250000.00");
        assertThat(line.followMerchantDecision(decision("250000.00", TODAY), NOW))
                .isNull();

        AccountChange raised = line.followMerchantDecision(decision("400000.00", TODAY.plusDays(1)), NOW);

        assertThat(raised.newLimit()).isEqualTo(Money.of("400000.00"));
        assertThat(raised.actor()).isEqualTo("risk:merchant-line");
        assertThat(raised.reason()).contains("sales-growth, low-refunds").contains("(model merchant-line v3)");
        assertThat(line.grade()).isEqualTo("A");
        assertThat(line.followMerchantDecision(decision("100000.00", TODAY), NOW))
                .isNull();
        assertThat(line.permanentLimit()).isEqualTo(Money.of("400000.00"));
    }

    @Test
    void shouldNeverCutAMerchantLineBelowWhatItOwes() {
        CreditAccount line = merchantLine("250000.00");
        line.reserve(Money.of("120000.00"), CASH, TODAY, HALF);
        line.capture(Money.of("120000.00"), CASH);

        line.followMerchantDecision(decision("50000.00", TODAY), NOW);

        assertThat(line.permanentLimit()).isEqualTo(Money.of("120000.00"));
        line.reducePrincipal(Money.of("20000.00"), CASH);
        assertThat(line.outstanding()).isEqualTo(Money.of("100000.00"));
        assertThat(line.cash().outstanding()).isEqualTo(Money.of("100000.00"));
    }
}
