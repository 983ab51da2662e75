package com.creditline.repayment.portfolio.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Vintage bad rates: plans grouped by the month they opened (their vintage), and for each month on
 * book since, the share of the vintage that had reached the given days past due by the end of that
 * month. Months on book count calendar months from the opening month (a plan opened in January that
 * first reaches 30 days past due in March did so at 2 months on book); a vintage shows only the
 * months the business date has reached.
 */
public final class VintageCurves {

    /** The share of a vintage that had reached the days past due by a month on book. */
    public record Point(int monthsOnBook, long reached, BigDecimal rate) {}

    /** A vintage: its opening month, its plans and its curve, month on book by month on book. */
    public record Vintage(YearMonth month, long plans, List<Point> curve) {}

    private final LocalDate businessDate;
    private final int daysPastDue;
    private final int longestMonthsOnBook;
    private final Map<YearMonth, Long> opened = new TreeMap<>();
    private final Map<Object, Late> firstLate = new HashMap<>();

    private record Late(YearMonth vintage, LocalDate reachedOn) {}

    public VintageCurves(LocalDate businessDate, int daysPastDue, int longestMonthsOnBook) {
        if (daysPastDue < 1 || longestMonthsOnBook < 1) {
            throw new IllegalArgumentException("days past due and months on book are positive");
        }
        this.businessDate = businessDate;
        this.daysPastDue = daysPastDue;
        this.longestMonthsOnBook = longestMonthsOnBook;
    }

    /**
     * The day an installment due on {@code dueDate} was {@code days} days past due, still unpaid at
     * the end of it (an installment settled that day or before never was); null when it was not, or
     * when that day is after the business date.
     */
    public static LocalDate reachedOn(LocalDate dueDate, LocalDate settledOn, int days, LocalDate businessDate) {
        LocalDate day = dueDate.plusDays(days);
        if (day.isAfter(businessDate) || (settledOn != null && !settledOn.isAfter(day))) {
            return null;
        }
        return day;
    }

    /** {@code plans} plans opened in {@code month}. */
    public void opened(YearMonth month, long plans) {
        opened.merge(month, plans, Long::sum);
    }

    /**
     * An installment of plan {@code plan} (opened on {@code openedOn}) that was past due once: due on
     * {@code dueDate}, settled on {@code settledOn} (null while unpaid). A plan counts once, at its
     * first installment to reach the days past due.
     */
    public void pastDue(Object plan, LocalDate openedOn, LocalDate dueDate, LocalDate settledOn) {
        LocalDate reached = reachedOn(dueDate, settledOn, daysPastDue, businessDate);
        if (reached != null) {
            firstLate.merge(
                    plan,
                    new Late(YearMonth.from(openedOn), reached),
                    (a, b) -> a.reachedOn().isAfter(b.reachedOn()) ? b : a);
        }
    }

    /** The vintages, oldest first, with their curves up to the months on book the business date has reached. */
    public List<Vintage> vintages() {
        Map<YearMonth, long[]> reachedByMonthOnBook = new HashMap<>();
        for (Late late : firstLate.values()) {
            int monthsOnBook = (int) ChronoUnit.MONTHS.between(late.vintage(), YearMonth.from(late.reachedOn()));
            if (monthsOnBook <= longestMonthsOnBook) {
                reachedByMonthOnBook
                        .computeIfAbsent(late.vintage(), v -> new long[longestMonthsOnBook + 1])[monthsOnBook] += 1;
            }
        }
        YearMonth now = YearMonth.from(businessDate);
        List<Vintage> vintages = new ArrayList<>();
        opened.forEach((month, plans) -> {
            long[] reached = reachedByMonthOnBook.getOrDefault(month, new long[longestMonthsOnBook + 1]);
            int observed = (int) Math.min(longestMonthsOnBook, ChronoUnit.MONTHS.between(month, now));
            List<Point> curve = new ArrayList<>();
            long cumulative = reached[0];
            for (int m = 1; m <= observed; m++) {
                cumulative += reached[m];
                curve.add(new Point(m, cumulative, rate(cumulative, plans)));
            }
            vintages.add(new Vintage(month, plans, List.copyOf(curve)));
        });
        return vintages;
    }

    private static BigDecimal rate(long reached, long plans) {
        return plans == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(plans), 4, RoundingMode.HALF_UP);
    }
}
