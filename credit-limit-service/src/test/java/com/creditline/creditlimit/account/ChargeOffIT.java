package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import com.creditline.creditlimit.account.model.AccountClosed;
import com.creditline.creditlimit.account.model.AccountNotActive;
import com.creditline.creditlimit.account.model.CapturingHold;
import com.creditline.creditlimit.account.model.PlacingHold;
import com.creditline.events.repayment.LoansChargedOff;
import com.creditline.events.repayment.PrincipalReduced;
import com.creditline.events.repayment.RepaymentTopics;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * repayment's end of day charges a customer off: {@code LoansChargedOff} and the plans'
 * {@code PrincipalReduced} (cause CHARGE_OFF) reach the line through Kafka, keyed by customer as
 * repayment's relay sends them; the line and its history are read through the HTTP API.
 */
class ChargeOffIT extends LineEventsIntegration {

    static final LocalDate CHARGED_OFF_ON = LocalDate.of(2027, 6, 1);

    @Test
    void shouldCloseTheLineAndTakeTheWrittenOffPrincipalOffItAndChangeNothingOnRedelivery() {
        String customer = probe.newCustomer("5000.00");
        UUID firstPlan = owe(customer, "1000.00");
        UUID secondPlan = owe(customer, "234.56");
        lines.delinquencyChanged(CustomerId.of(customer), 183);
        LoansChargedOff chargedOff =
                new LoansChargedOff(customer, 2, Money.of("1234.56"), Money.of("12.30"), 183, CHARGED_OFF_ON);

        probe.send(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(customer, firstPlan, Money.of("1000.00"), "CHARGE_OFF", "SHOPPING"));
        probe.send(RepaymentTopics.LEDGER, chargedOff);
        probe.awaitProcessed(probe.send(
                RepaymentTopics.LEDGER,
                new PrincipalReduced(customer, secondPlan, Money.of("234.56"), "CHARGE_OFF", "SHOPPING")));

        JsonNode line = probe.line(customer);
        assertThat(line.get("status").asString()).isEqualTo("CLOSED");
        assertThat(line.get("outstanding").get("amount").asString()).isEqualTo("0.00");
        assertThat(line.get("held").get("amount").asString()).isEqualTo("0.00");
        assertThat(line.get("available").get("amount").asString()).isEqualTo("0.00");
        JsonNode closed = probe.changes(customer).getLast();
        assertThat(closed.get("kind").asString()).isEqualTo("STATUS_CHANGED");
        assertThat(closed.get("oldStatus").asString()).isEqualTo("DELINQUENT");
        assertThat(closed.get("newStatus").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("actor").asString()).isEqualTo("repayment");
        assertThat(closed.get("reason").asString())
                .isEqualTo("charged off at 183 days past due: 1,234.56 principal and 12.30 fees written off on"
                        + " 2027-06-01");

        List<JsonNode> before = probe.changes(customer);
        probe.awaitProcessed(probe.send(RepaymentTopics.LEDGER, chargedOff));

        assertThat(probe.changes(customer)).isEqualTo(before);
        assertThat(probe.status(customer)).isEqualTo("CLOSED");
        assertThat(probe.line(customer).get("outstanding").get("amount").asString())
                .isEqualTo("0.00");
        assertThat(probe.deadLetters(customer)).isZero();
    }

    @Test
    void shouldNeverLetAChargedOffLineSpendNorCaptureAHoldLeftOpen() {
        String customer = probe.newCustomer("5000.00");
        OrderId order = OrderId.of("order-" + customer);
        lines.placeHold(new PlacingHold(CustomerId.of(customer), order, Money.of("300.00")));

        probe.awaitProcessed(probe.send(
                RepaymentTopics.LEDGER,
                new LoansChargedOff(customer, 1, Money.of("800.00"), Money.ZERO, 181, CHARGED_OFF_ON)));

        assertThat(probe.status(customer)).isEqualTo("CLOSED");
        assertThatThrownBy(() -> lines.placeHold(
                        new PlacingHold(CustomerId.of(customer), OrderId.of("later-" + customer), Money.of("1.00"))))
                .isInstanceOf(AccountNotActive.class);
        assertThatThrownBy(() -> lines.captureHold(new CapturingHold(
                        CustomerId.of(customer), order, CaptureId.of("cap-" + customer), Money.of("300.00"))))
                .isInstanceOf(AccountClosed.class);
        assertThat(probe.line(customer).get("outstanding").get("amount").asString())
                .isEqualTo("0.00");
    }

    @Test
    void shouldTakeAChargeOffForACustomerWithoutALineWithoutADeadLetter() {
        String stranger = "it-no-line-" + UUID.randomUUID().toString().substring(0, 8);

        probe.awaitProcessed(probe.send(
                RepaymentTopics.LEDGER,
                new LoansChargedOff(stranger, 1, Money.of("100.00"), Money.ZERO, 180, CHARGED_OFF_ON)));

        assertThat(probe.deadLetters(stranger)).isZero();
    }

    /** A plan of {@code principal}: a hold placed and captured in full, as checkout does. */
    private UUID owe(String customer, String principal) {
        UUID plan = UUID.randomUUID();
        OrderId order = OrderId.of("order-" + plan);
        lines.placeHold(new PlacingHold(CustomerId.of(customer), order, Money.of(principal)));
        lines.captureHold(
                new CapturingHold(CustomerId.of(customer), order, CaptureId.of("cap-" + plan), Money.of(principal)));
        return plan;
    }
}
