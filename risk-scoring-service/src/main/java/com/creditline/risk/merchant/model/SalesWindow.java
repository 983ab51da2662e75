package com.creditline.risk.merchant.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The days a decision reads: the {@link #DAYS} days up to and including the business date. A day the
 * merchant reported nothing for counts as a day without sales. A decision needs a history that covers
 * the whole window: the first day the merchant ever reported must be on or before its first day.
 */
public record SalesWindow(LocalDate businessDate, List<DailySales> days) {

    public static final int DAYS = 90;

    public SalesWindow {
        LocalDate first = businessDate.minusDays(DAYS - 1L);
        days = days.stream()
                .filter(d -> !d.date().isBefore(first) && !d.date().isAfter(businessDate))
                .toList();
    }

    /**
     * The window of a business date, refused when the history (which starts on {@code firstReported},
     * none when nothing was reported) is shorter than the window.
     */
    public static SalesWindow of(LocalDate businessDate, LocalDate firstReported, List<DailySales> days) {
        if (firstReported == null || firstReported.isAfter(businessDate.minusDays(DAYS - 1L))) {
            throw new SalesHistoryTooShort(DAYS, firstReported, businessDate);
        }
        return new SalesWindow(businessDate, days);
    }

    public LocalDate firstDay() {
        return businessDate.minusDays(DAYS - 1L);
    }

    /** Net sales of the days {@code daysBack} to {@code daysBackTo} before the business date (0: the date itself), inclusive. */
    public Money netSales(int daysBackFrom, int daysBackTo) {
        LocalDate from = businessDate.minusDays(daysBackFrom);
        LocalDate to = businessDate.minusDays(daysBackTo);
        return Money.sum(days.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .map(DailySales::netSales)
                .toList());
    }

    /** The window's net sales: gross less refunds over all its days. */
    public Money netSales() {
        return netSales(DAYS - 1, 0);
    }

    public Money grossSales() {
        return Money.sum(days.stream().map(DailySales::grossSales).toList());
    }

    public Money refunds() {
        return Money.sum(days.stream().map(DailySales::refunds).toList());
    }
}
