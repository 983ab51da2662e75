package com.creditline.common.test.archfixture.good.lending.opening;

import com.creditline.common.test.archfixture.good.common.Amount;
import com.creditline.common.test.archfixture.good.events.LoanOpened;
import com.creditline.common.test.archfixture.good.lending.loan.Loan;
import java.time.Clock;
import org.springframework.stereotype.Service;

/** A service named for what it does, with few collaborators. */
@Service
class LoanOpening {

    private final Clock clock;

    LoanOpening(Clock clock) {
        this.clock = clock;
    }

    LoanOpened open(String id, Amount principal) {
        clock.instant();
        return new LoanOpened(Loan.open(id, principal).id());
    }
}
