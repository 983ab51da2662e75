package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import com.creditline.common.test.RealInfrastructure;
import com.creditline.creditlimit.account.model.CapturingHold;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.HoldConflict;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import com.creditline.creditlimit.account.model.PlacingHold;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@RealInfrastructure
class CreditLineServicingIT {

    @Autowired
    CreditLineServicing lines;

    @Autowired
    CreditAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HoldLapsing lapsing;

    CustomerId newCustomer(String limit) {
        CustomerId customer = CustomerId.of("c-" + UUID.randomUUID().toString().substring(0, 8));
        lines.open(new OpeningCreditLine(customer, Money.of(limit), "B", "TIER_B", "test", "opened for a test"));
        return customer;
    }

    Hold place(CustomerId customer, String orderId, String amount) {
        return lines.placeHold(new PlacingHold(customer, OrderId.of(orderId), Money.of(amount)));
    }

    Hold capture(CustomerId customer, String orderId, String captureId, String amount) {
        return lines.captureHold(
                new CapturingHold(customer, OrderId.of(orderId), CaptureId.of(captureId), Money.of(amount)));
    }

    @Test
    void shouldLetOnlyTheHoldsThatFitWinWhenFiftyCheckoutsRaceForOneLine() throws Exception {
        CustomerId customer = newCustomer("1000.00");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String orderId = "race-" + i;
            Callable<Boolean> attempt = () -> {
                try {
                    place(customer, orderId, "100.00");
                    return true;
                } catch (RuleViolation refused) {
                    return false;
                }
            };
            results.add(pool.submit(attempt));
        }
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(10);
        CreditAccount account = accounts.findById(customer).orElseThrow();
        assertThat(account.held()).isEqualTo(Money.of("1000.00"));
        assertThat(jdbc.queryForObject(
                        "SELECT sum(amount) FROM hold WHERE customer_id = ?",
                        java.math.BigDecimal.class,
                        customer.value()))
                .isEqualByComparingTo("1000.00");
    }

    @Test
    void shouldCaptureInPartsReleaseTheRestAndIgnoreARetriedCapture() {
        CustomerId customer = newCustomer("2000.00");
        place(customer, "order-1", "1500.00");
        place(customer, "order-1", "1500.00");

        capture(customer, "order-1", "cap-1", "600.00");
        capture(customer, "order-1", "cap-1", "600.00");
        capture(customer, "order-1", "cap-2", "400.00");
        Hold hold = lines.releaseHold(customer, OrderId.of("order-1"));

        assertThat(hold.captured()).isEqualTo(Money.of("1000.00"));
        assertThat(hold.released()).isEqualTo(Money.of("500.00"));
        CreditAccount account = accounts.findById(customer).orElseThrow();
        assertThat(account.outstanding()).isEqualTo(Money.of("1000.00"));
        assertThat(account.held()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> place(customer, "order-1", "99.00")).isInstanceOf(HoldConflict.class);
    }

    @Test
    void shouldHoldAgainAnOrderWhoseHoldWasReleasedWholeWhenItIsPlacedAgain() {
        CustomerId customer = newCustomer("1000.00");
        place(customer, "order-undone", "700.00");
        lines.releaseHold(customer, OrderId.of("order-undone"));

        Hold again = place(customer, "order-undone", "700.00");
        Hold once = place(customer, "order-undone", "700.00");

        assertThat(again.status()).isEqualTo(Hold.Status.OPEN);
        assertThat(once.remaining()).isEqualTo(Money.of("700.00"));
        assertThat(accounts.findById(customer).orElseThrow().held()).isEqualTo(Money.of("700.00"));
        assertThatThrownBy(() -> place(customer, "order-undone", "400.00")).isInstanceOf(HoldConflict.class);
        lines.releaseHold(customer, OrderId.of("order-undone"));
        place(customer, "order-big", "400.00");
        assertThatThrownBy(() -> place(customer, "order-undone", "700.00")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void shouldLapseAHoldOnceAfterThirtyDaysWithAnEvent() {
        CustomerId customer = newCustomer("1000.00");
        Hold hold = place(customer, "order-lapse-" + customer.value(), "300.00");

        assertThat(lines.lapseHold(hold.orderId(), hold.expiresOn())).isFalse();
        assertThat(lines.lapseHold(hold.orderId(), hold.expiresOn().plusDays(1)))
                .isTrue();
        assertThat(lines.lapseHold(hold.orderId(), hold.expiresOn().plusDays(2)))
                .isFalse();

        assertThat(accounts.findById(customer).orElseThrow().held()).isEqualTo(Money.ZERO);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'HoldLapsed' AND message_key = ?",
                        Integer.class,
                        customer.value()))
                .isEqualTo(1);
    }

    @Test
    void shouldFindAndLapseTheHoldsPastTheirLastDayOnSchedule() {
        CustomerId customer = newCustomer("1000.00");
        Hold hold = place(customer, "order-expired-" + customer.value(), "200.00");

        assertThat(lapsing.lapseExpired(hold.expiresOn().plusDays(1))).isPositive();

        assertThat(lines.hold(customer, hold.orderId()).status()).isEqualTo(Hold.Status.LAPSED);
        assertThat(accounts.findById(customer).orElseThrow().held()).isEqualTo(Money.ZERO);
    }
}
