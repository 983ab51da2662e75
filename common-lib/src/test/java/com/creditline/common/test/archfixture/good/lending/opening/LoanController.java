package com.creditline.common.test.archfixture.good.lending.opening;

import com.creditline.common.test.archfixture.good.common.Amount;
import com.creditline.common.test.archfixture.good.events.LoanOpened;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A package-private controller whose endpoint says who may call it. */
@RestController
class LoanController {

    private final LoanOpening opening;

    LoanController(LoanOpening opening) {
        this.opening = opening;
    }

    @PostMapping("/loans/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    LoanOpened open(@PathVariable String id) {
        return opening.open(id, new Amount(BigDecimal.ONE));
    }
}
