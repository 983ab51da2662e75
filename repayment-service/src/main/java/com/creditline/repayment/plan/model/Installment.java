package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import com.creditline.repayment.customer.model.Arrears;
import com.creditline.repayment.customer.model.DaysPastDue;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One installment of a plan: its period, what it owes (principal, fee, late fees) and what has been
 * paid against each. Changed only through its {@link Plan}; end of day makes the same changes
 * (overdue status, late fees) set-based in SQL for every plan at once.
 */
@Entity
@Table(name = "installment")
public class Installment {

    @Id
    private UUID installmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "installment_number")
    private int number;

    private LocalDate periodStart;
    private LocalDate dueDate;
    private Money scheduledPrincipal;
    private Money scheduledFee;
    private Money principal;
    private Money fee;
    private Money lateFee;
    private Money principalPaid;
    private Money feePaid;
    private Money lateFeePaid;

    @Embedded
    private InterestAccrual interest;

    @Enumerated(EnumType.STRING)
    private InstallmentStatus status;

    private LocalDate settledOn;

    protected Installment() {}

    static Installment scheduled(Plan plan, ScheduleLine line, LocalDate periodStart) {
        Installment i = new Installment();
        i.installmentId = UUID.randomUUID();
        i.plan = plan;
        i.number = line.number();
        i.periodStart = periodStart;
        i.dueDate = line.dueDate();
        i.scheduledPrincipal = line.principal();
        i.scheduledFee = line.fee();
        i.principal = line.principal();
        i.fee = line.fee();
        i.lateFee = Money.ZERO;
        i.principalPaid = Money.ZERO;
        i.feePaid = Money.ZERO;
        i.lateFeePaid = Money.ZERO;
        i.interest = InterestAccrual.none();
        i.status = InstallmentStatus.DUE;
        return i;
    }

    /** The period has begun before {@code date}: its fee is earned and no longer waived on payoff. */
    public boolean periodStartedBefore(LocalDate date) {
        return periodStart.isBefore(date);
    }

    /** How late this installment is on business date {@code on}: none once it is paid. */
    public DaysPastDue daysPastDue(LocalDate on) {
        return isSettled() ? DaysPastDue.NONE : DaysPastDue.of(dueDate, on);
    }

    /** What this installment owes past due on {@code on}, if anything. */
    Arrears arrears(LocalDate on) {
        return daysPastDue(on).isPastDue() ? Arrears.on(on, dueDate, unpaid()) : Arrears.NONE;
    }

    /**
     * End of day closing {@code on}: unpaid at the end of its due date, the installment becomes
     * overdue. True if this call made it so.
     */
    boolean markOverdue(LocalDate on) {
        if (status != InstallmentStatus.DUE || !daysPastDue(on).isPastDue()) {
            return false;
        }
        status = InstallmentStatus.OVERDUE;
        return true;
    }

    public boolean isSettled() {
        return status == InstallmentStatus.PAID;
    }

    public Money unpaidPrincipal() {
        return principal.minus(principalPaid);
    }

    public Money unpaidFee() {
        return fee.minus(feePaid);
    }

    public Money unpaidLateFee() {
        return lateFee.minus(lateFeePaid);
    }

    /** Everything this installment still owes. */
    public Money unpaid() {
        return unpaidLateFee().plus(unpaidFee()).plus(unpaidPrincipal());
    }

    /**
     * What the fee owes on {@code on}: all of it unpaid, or, when interest accrues by the day, only
     * what was earned by then and not yet paid ({@link InterestAccrual}).
     */
    Money feeOwed(LocalDate on, boolean byTheDay) {
        return byTheDay
                ? interest.earned(fee, periodStart, dueDate, on).minus(feePaid).atLeastZero()
                : unpaidFee();
    }

    /** Everything this installment owes on {@code on}: by the day, its fee only as far as earned. */
    Money owedOn(LocalDate on, boolean byTheDay) {
        return unpaidLateFee().plus(feeOwed(on, byTheDay)).plus(unpaidPrincipal());
    }

    /**
     * A prepayment on {@code on}, inside this period of a plan whose interest accrues by the day, cut the
     * principal its interest runs on from {@code before} to {@code after}: what was earned by {@code on}
     * stays, and the interest of the days left shrinks in proportion, HALF_UP to the fen:
     * {@code rest x after / before}. Returns how much fee was taken off.
     */
    Money shrinkInterestLeft(LocalDate on, Money before, Money after) {
        Money earned = interest.earned(fee, periodStart, dueDate, on);
        interest.accrueTo(on, earned);
        Money rest = fee.minus(earned);
        long kept = BigDecimal.valueOf(rest.fen())
                .multiply(BigDecimal.valueOf(after.fen()))
                .divide(BigDecimal.valueOf(before.fen()), 0, RoundingMode.HALF_UP)
                .longValueExact();
        Money reduction = rest.minus(Money.ofFen(kept));
        fee = fee.minus(reduction);
        return reduction;
    }

    Money payLateFee(Money available) {
        Money part = available.min(unpaidLateFee());
        lateFeePaid = lateFeePaid.plus(part);
        return part;
    }

    Money payFee(Money available) {
        Money part = available.min(unpaidFee());
        feePaid = feePaid.plus(part);
        return part;
    }

    Money payPrincipal(Money available) {
        Money part = available.min(unpaidPrincipal());
        principalPaid = principalPaid.plus(part);
        return part;
    }

    /** A refund takes principal off what is owed (never off what was already paid). */
    Money reducePrincipal(Money available) {
        Money part = available.min(unpaidPrincipal());
        principal = principal.minus(part);
        return part;
    }

    /**
     * Shrinks the unpaid fee in proportion to the unpaid principal left, HALF_UP to the fen:
     * {@code fee x principal now / principal before}. Returns how much fee was taken off.
     */
    Money shrinkFeeProRata(Money unpaidPrincipalBefore) {
        if (!unpaidPrincipalBefore.isPositive()) {
            return Money.ZERO;
        }
        BigDecimal kept = BigDecimal.valueOf(unpaidFee().fen())
                .multiply(BigDecimal.valueOf(unpaidPrincipal().fen()))
                .divide(BigDecimal.valueOf(unpaidPrincipalBefore.fen()), 0, RoundingMode.HALF_UP);
        Money reduction = unpaidFee().minus(Money.ofFen(kept.longValueExact()));
        fee = fee.minus(reduction);
        return reduction;
    }

    /** Takes the whole unpaid fee off (payoff of a period not yet started). */
    Money waiveFee() {
        Money waived = unpaidFee();
        fee = fee.minus(waived);
        return waived;
    }

    /** Adds one day's late fee (see {@link LateFeePolicy}). */
    void chargeLateFee(Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a late fee is not negative");
        }
        lateFee = lateFee.plus(amount);
    }

    /** Marks the installment paid once nothing is owed; true if this call settled it. */
    boolean settleIfCleared(LocalDate on) {
        if (isSettled() || !unpaid().isZero()) {
            return false;
        }
        status = InstallmentStatus.PAID;
        settledOn = on;
        return true;
    }

    public int number() {
        return number;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Money scheduledPrincipal() {
        return scheduledPrincipal;
    }

    public Money scheduledFee() {
        return scheduledFee;
    }

    public Money principal() {
        return principal;
    }

    public Money fee() {
        return fee;
    }

    public Money lateFee() {
        return lateFee;
    }

    public Money principalPaid() {
        return principalPaid;
    }

    public Money feePaid() {
        return feePaid;
    }

    public Money lateFeePaid() {
        return lateFeePaid;
    }

    public InstallmentStatus status() {
        return status;
    }

    public LocalDate settledOn() {
        return settledOn;
    }
}
