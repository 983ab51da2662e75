package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A line's limit day by day: the permanent limit plus the temporary raises in force, never above
 * the line's ceiling ({@link LineKind#ceiling}); how much room a new raise has under that ceiling; and the record of each
 * raise's start and lapse.
 */
final class RaiseCalendar {

    private final CustomerId customerId;
    private final Money permanentLimit;
    private final List<TemporaryRaise> raises;
    private final Money ceiling;

    RaiseCalendar(CustomerId customerId, Money permanentLimit, List<TemporaryRaise> raises, Money ceiling) {
        this.customerId = customerId;
        this.permanentLimit = permanentLimit;
        this.raises = raises;
        this.ceiling = ceiling;
    }

    Money limitOn(LocalDate date) {
        return uncappedOn(date, null).min(ceiling);
    }

    /** The limit as granted: the permanent limit plus the raises in force, before the ceiling. */
    Money grantedOn(LocalDate date) {
        return uncappedOn(date, null);
    }

    private Money limitWithout(TemporaryRaise left, LocalDate date) {
        return uncappedOn(date, left).min(ceiling);
    }

    private Money uncappedOn(LocalDate date, TemporaryRaise left) {
        return raises.stream()
                .filter(r -> r != left && r.isActiveOn(date))
                .map(TemporaryRaise::amount)
                .reduce(permanentLimit, Money::plus);
    }

    /**
     * The most a new raise from {@code from} to {@code to} may add without the limit passing the
     * ceiling on any of those days; zero when there is no room. The limit is highest on the first
     * day or on a day another raise starts, so those are the days to look at.
     */
    Money roomUnderCeiling(LocalDate from, LocalDate to) {
        Money highest = raises.stream()
                .map(TemporaryRaise::startsOn)
                .filter(day -> day.isAfter(from) && !day.isAfter(to))
                .map(day -> uncappedOn(day, null))
                .reduce(uncappedOn(from, null), Money::max);
        return ceiling.minus(highest).atLeastZero();
    }

    /**
     * Records, once each, the starts the business date has reached and the lapses it has passed,
     * raise by raise in the order they start. A start shows the limit on the first day without and
     * with the raise; a lapse, the limit on the last day with and without it.
     */
    List<AccountChange> recordDates(LocalDate businessDate, Instant at) {
        List<AccountChange> recorded = new ArrayList<>();
        List<TemporaryRaise> byStart = raises.stream()
                .sorted(Comparator.comparing(TemporaryRaise::startsOn))
                .toList();
        for (TemporaryRaise raise : byStart) {
            if (raise.startDueOn(businessDate)) {
                raise.startRecorded();
                LocalDate first = raise.startsOn();
                recorded.add(
                        AccountChange.raiseStarted(customerId, limitWithout(raise, first), limitOn(first), raise, at));
            }
            if (raise.lapseDueOn(businessDate)) {
                raise.lapseRecorded();
                LocalDate last = raise.endsOn();
                recorded.add(
                        AccountChange.raiseLapsed(customerId, limitOn(last), limitWithout(raise, last), raise, at));
            }
        }
        return recorded;
    }
}
