package com.creditline.events.risk;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.time.LocalDate;

/**
 * A merchant reported (or corrected) a day's sales: what repayment sweeps a share of toward the
 * merchant's loans repaid from sales. Keyed by the merchant's borrower id, like its line's events.
 *
 * @param netSales the day's gross sales less its refunds, never negative
 * @param revision 1 for the first report of the day, more for each correction
 */
public record MerchantSalesReported(
        String merchantId, String customerId, LocalDate salesDate, Money netSales, int revision)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId + ":" + salesDate;
    }
}
