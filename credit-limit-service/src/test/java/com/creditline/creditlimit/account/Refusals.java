package com.creditline.creditlimit.account;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import com.creditline.creditlimit.account.model.AccountStatus;
import com.creditline.creditlimit.account.model.CapturingHold;
import com.creditline.creditlimit.account.model.CashShare;
import com.creditline.creditlimit.account.model.CreditAccount;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.HoldCapture;
import com.creditline.creditlimit.account.model.OpeningCreditLine;
import com.creditline.creditlimit.account.model.PlacingHold;
import com.creditline.creditlimit.account.model.TemporaryRaise;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Lines, holds, and the refusals the model really gives, for web slices whose services are
 * mocks: a mock throws what the model would have thrown, not a stand-in.
 */
final class Refusals {

    static final CustomerId CUSTOMER = CustomerId.of("c-1");
    static final OrderId ORDER = OrderId.of("o-1");
    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private Refusals() {}

    static CreditAccount line(String limit) {
        return CreditAccount.open(
                new OpeningCreditLine(CUSTOMER, Money.of(limit), "B", "TIER_B", "risk-scoring", "approved"), NOW);
    }

    static CreditAccount lineWithRaise(String limit, String raise, LocalDate startsOn, LocalDate endsOn) {
        CreditAccount line = line(limit);
        line.addTemporaryRaise(new TemporaryRaise(Money.of(raise), startsOn, endsOn), "staff:olga", "Double 11", NOW);
        return line;
    }

    static Hold hold(String amount) {
        return new Hold(new PlacingHold(CUSTOMER, ORDER, Money.of(amount)), TODAY, 30, NOW);
    }

    static Hold cashHold(String amount) {
        return new Hold(new PlacingHold(CUSTOMER, ORDER, Money.of(amount), Hold.Purpose.CASH), TODAY, 30, NOW);
    }

    static RuntimeException creditLimitExceeded() {
        return refusal(
                () -> line("1000.00").reserve(Money.of("1000.01"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE));
    }

    static RuntimeException cashLimitExceeded() {
        return refusal(() -> line("1000.00")
                .reserve(Money.of("500.01"), Hold.Purpose.CASH, TODAY, new CashShare(new BigDecimal("0.5"))));
    }

    static RuntimeException borrowerCeilingReached() {
        CreditAccount line = lineWithRaise("200000.00", "30000.00", TODAY, TODAY.plusDays(10));
        line.reserve(Money.of("199000.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        return refusal(() -> line.reserve(Money.of("1000.01"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE));
    }

    static RuntimeException accountNotActive() {
        CreditAccount frozen = line("1000.00");
        frozen.changeStatus(AccountStatus.FROZEN, "collections", "90 days past due", NOW);
        return refusal(() -> frozen.reserve(Money.of("1.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE));
    }

    static RuntimeException accountClosed() {
        CreditAccount closed = line("1000.00");
        closed.changeStatus(AccountStatus.CLOSED, "repayment", "charged off", NOW);
        return refusal(() -> closed.changeStatus(AccountStatus.ACTIVE, "staff:olga", "reopen", NOW));
    }

    static RuntimeException limitOutOfRange() {
        return refusal(() -> line("1000.00").setPermanentLimit(Money.of("499.99"), "staff:olga", "r", NOW));
    }

    static RuntimeException limitBelowOutstanding() {
        CreditAccount owing = line("1000.00");
        owing.reserve(Money.of("900.00"), Hold.Purpose.PURCHASE, TODAY, CashShare.NONE);
        owing.capture(Money.of("900.00"), Hold.Purpose.PURCHASE);
        return refusal(() -> owing.setPermanentLimit(Money.of("800.00"), "staff:olga", "r", NOW));
    }

    static RuntimeException holdConflict() {
        return refusal(() -> hold("100.00").placedAgain(new PlacingHold(CUSTOMER, ORDER, Money.of("99.00"))));
    }

    static RuntimeException captureConflict() {
        HoldCapture earlier = new HoldCapture(capturing("cap-1", "40.00"), NOW);
        return refusal(() -> earlier.repeatedBy(capturing("cap-1", "50.00")));
    }

    static RuntimeException captureExceedsHold() {
        return refusal(() -> hold("100.00").capture(Money.of("100.01")));
    }

    static RuntimeException holdNotOpen() {
        Hold released = hold("100.00");
        released.release();
        return refusal(() -> released.capture(Money.of("1.00")));
    }

    static CapturingHold capturing(String captureId, String amount) {
        return new CapturingHold(CUSTOMER, ORDER, CaptureId.of(captureId), Money.of(amount));
    }

    private static RuntimeException refusal(Runnable refused) {
        Throwable thrown = catchThrowable(refused::run);
        if (!(thrown instanceof RuntimeException refusal)) {
            throw new AssertionError("the model refused nothing", thrown);
        }
        return refusal;
    }
}
