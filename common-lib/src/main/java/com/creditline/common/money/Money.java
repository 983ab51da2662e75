package com.creditline.common.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of Chinese yuan, held to the fen. Immutable; never built from a {@code double}.
 *
 * <p>Arithmetic that can only produce whole fen ({@link #plus}, {@link #minus}) is exact. The only
 * operations that round are the ones a rule names: {@link #times} rounds HALF_UP to the fen, and
 * {@link #allocate} spreads an amount over parts whose sum is exactly the whole, the last part
 * taking the remainder.
 */
@JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class Money implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final int SCALE = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /**
     * The largest amount a caller may write, either way of zero: just under a trillion yuan. Far
     * above any consumer amount (a line stops at 200,000), and a hundred thousand of them still
     * sum within the {@code numeric(19,2)} columns that store money, so an amount from outside
     * never reaches the database only to overflow there.
     */
    public static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** An amount with at most two decimals; more precision is refused, never rounded away. */
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("an amount has at most 2 decimals (fen): " + amount.toPlainString());
        }
        return new Money(amount);
    }

    /**
     * An amount as a caller writes it (JSON, a parameter): a decimal of at most two decimals and
     * at most {@link #MAXIMUM} either way. Its size is checked before anything is computed with
     * it, so that a text such as {@code 1e999999999} costs nothing.
     */
    public static Money of(String amount) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal amount: " + shortened(amount), e);
        }
        if (parsed.precision() - parsed.scale() > MAXIMUM.precision() - MAXIMUM.scale()
                || parsed.abs().compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("an amount is at most " + MAXIMUM.toPlainString() + " yuan");
        }
        if (parsed.scale() > SCALE && parsed.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("an amount has at most 2 decimals (fen): " + shortened(amount));
        }
        return new Money(parsed);
    }

    /** A refused text as an error message may quote it: never more than a few dozen characters. */
    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    public static Money yuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, SCALE));
    }

    /** Rounds an exact intermediate result HALF_UP to the fen; for rules that say to round. */
    public static Money rounded(BigDecimal exact) {
        return new Money(exact.setScale(SCALE, RoundingMode.HALF_UP));
    }

    @JsonCreator
    static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
        if (amount == null) {
            throw new IllegalArgumentException("amount is required");
        }
        if (currency != null && !CURRENCY.equals(currency)) {
            throw new IllegalArgumentException("only CNY is supported, not " + currency);
        }
        return of(amount);
    }

    public BigDecimal amount() {
        return amount;
    }

    @JsonGetter("amount")
    String amountText() {
        return amount.toPlainString();
    }

    @JsonGetter("currency")
    public String currency() {
        return CURRENCY;
    }

    public long fen() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    /** Multiplies by a rate or factor and rounds HALF_UP to the fen. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor));
    }

    public Money times(long count) {
        return new Money(amount.multiply(BigDecimal.valueOf(count)));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Zero where this amount is negative: what is left of a balance that cannot go below zero. */
    public Money atLeastZero() {
        return isNegative() ? ZERO : this;
    }

    /**
     * Splits this amount into {@code parts} equal parts rounded HALF_UP to the fen; the last part
     * absorbs the remainder, so the parts always sum to this amount exactly.
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, not " + parts);
        }
        return allocate(Collections.nCopies(parts, BigDecimal.ONE));
    }

    /**
     * Splits this amount in proportion to the weights, each share rounded HALF_UP to the fen and
     * the last share absorbing the remainder; the shares always sum to this amount exactly.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("at least one weight is needed");
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("weights must be non-negative with a positive sum");
        }
        List<Money> shares = shares(weights, total, RoundingMode.HALF_UP);
        if (shares.getLast().signum() * signum() < 0) {
            // Rounding every share up overshot a tiny amount: round them down instead, so that no
            // share has the opposite sign of the whole (0.18 over 24 parts is 23 x 0.00 and 0.18).
            shares = shares(weights, total, RoundingMode.DOWN);
        }
        return shares;
    }

    private List<Money> shares(List<BigDecimal> weights, BigDecimal total, RoundingMode rounding) {
        List<Money> shares = new ArrayList<>(weights.size());
        Money allocated = ZERO;
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal exact = amount.multiply(weights.get(i)).divide(total, 10, RoundingMode.HALF_UP);
            Money share = new Money(exact.setScale(SCALE, rounding));
            shares.add(share);
            allocated = allocated.plus(share);
        }
        shares.add(minus(allocated));
        return List.copyOf(shares);
    }

    private int signum() {
        return amount.signum();
    }

    public static Money sum(Iterable<Money> amounts) {
        Money sum = ZERO;
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The plain decimal, e.g. {@code 1234.50}: what a log line or a CSV shows. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
