package com.creditline.repayment.endofday;

import com.creditline.repayment.funding.FunderSettlement;
import com.creditline.repayment.reserve.ReserveKeeping;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The books' work after a date's steps, in its transaction: the risk reserve and the provisions
 * ({@link ReserveKeeping}), then each funder's money settled to its settlement account
 * ({@link FunderSettlement}), which includes what the reserve step paid it under a guarantee.
 */
@Component
class BooksClosing {

    private final ReserveKeeping reserve;
    private final FunderSettlement settlement;
    private final StepTimer timer;

    BooksClosing(ReserveKeeping reserve, FunderSettlement settlement, StepTimer timer) {
        this.reserve = reserve;
        this.settlement = settlement;
        this.timer = timer;
    }

    void close(LocalDate date, Instant now) {
        timer.timed("reserve", () -> reserve.close(date, now));
        timer.timed("funder-settlement", () -> settlement.settle(date, now));
    }
}
