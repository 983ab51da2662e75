package com.creditline.gateway.admission;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A route's requests in flight, never more than its current limit: a slot is taken or refused at
 * once. The limit follows the answers' latency, additive increase and multiplicative decrease (as
 * TCP does with its window): an answer slower than the latency target cuts the limit by a tenth,
 * at most once per latency target (a stall that holds every request in flight is one slow moment,
 * not a hundred), and a faster one raises it by one while at least half the slots are in use,
 * between the floor and the configured maximum. So when the services stay slow under a rush, fewer
 * requests wait inside them and the rest are refused before they cost anything; when they answer
 * quickly again the limit climbs back within a few hundred answers.
 */
final class InFlightLimit {

    /** What a cut leaves of the limit. */
    static final double BACK_OFF = 0.9;

    private static final long NEVER = Long.MIN_VALUE;

    private final int floor;
    private final int ceiling;
    private final long latencyTargetNanos;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger limit;
    private final AtomicLong lastCutAt = new AtomicLong(NEVER);

    /**
     * A limit between {@code floor} and {@code ceiling}, starting at the ceiling; a zero latency
     * target keeps it at the ceiling.
     */
    InFlightLimit(int floor, int ceiling, Duration latencyTarget) {
        if (floor < 1 || floor > ceiling) {
            throw new IllegalArgumentException("need 1 <= floor <= ceiling, was " + floor + " and " + ceiling);
        }
        this.floor = floor;
        this.ceiling = ceiling;
        this.latencyTargetNanos = latencyTarget.toNanos();
        this.limit = new AtomicInteger(ceiling);
    }

    /** Takes a slot if one is free; false, without waiting, when all are taken. */
    boolean tryTake() {
        while (true) {
            int now = inFlight.get();
            if (now >= limit.get()) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /**
     * Gives the slot back once its request, admitted at {@code admittedAt}, was answered at
     * {@code answeredAt} (both {@link System#nanoTime()}).
     */
    void answered(long admittedAt, long answeredAt) {
        int busy = inFlight.getAndDecrement();
        if (latencyTargetNanos <= 0) {
            return;
        }
        if (answeredAt - admittedAt > latencyTargetNanos) {
            long last = lastCutAt.get();
            boolean due = last == NEVER || answeredAt - last >= latencyTargetNanos;
            if (due && lastCutAt.compareAndSet(last, answeredAt)) {
                limit.updateAndGet(l -> Math.max(floor, (int) (l * BACK_OFF)));
            }
        } else if (busy * 2 >= limit.get()) {
            limit.updateAndGet(l -> Math.min(ceiling, l + 1));
        }
    }

    /** Gives the slot back without judging the service: the caller went away before the answer. */
    void abandoned() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    int limit() {
        return limit.get();
    }
}
