package com.creditline.repayment.plan;

import com.creditline.common.money.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An installment plan: the financed principal and its schedule, and the rules that move money on
 * it. A payment runs the waterfall (oldest installment first; late fee, fee, principal) over the
 * installments whose period has started, then prepays principal from the last installment backwards;
 * a refund takes principal off from the last installment backwards. Either way, the fee of a period
 * not yet started shrinks pro rata to its principal left, so paying off or refunding everything
 * early leaves no fee for those periods.
 *
 * <p>"Started" means the period began before the date of the payment or refund: a payment on the
 * day a period starts (the previous due date, or the capture date) still finds it unstarted.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    private UUID planId;

    private String orderId;
    private String customerId;
    private String method;
    private int installmentCount;
    private boolean merchantSubsidised;
    private BigDecimal nominalApr;
    private LocalDate captureDate;
    private Money principal;
    private Money outstandingPrincipal;
    private Money creditBalance;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private BigDecimal principalDays;
    private LocalDate principalDaysThrough;
    private Instant createdAt;

    @Version
    private Long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<Installment> installments = new ArrayList<>();

    protected Plan() {}

    /**
     * Starts a plan with its schedule exactly as given. Refuses a schedule that cannot be right:
     * no installments, numbers out of order, due dates not after the capture date and increasing,
     * negative parts, or principal parts that do not sum to the principal.
     */
    public static Plan open(
            UUID planId,
            String orderId,
            String customerId,
            Money principal,
            String method,
            boolean merchantSubsidised,
            BigDecimal nominalApr,
            LocalDate captureDate,
            List<ScheduleLine> schedule,
            Instant at) {
        Objects.requireNonNull(planId, "planId");
        if (!principal.isPositive()) {
            throw new IllegalArgumentException("a plan finances a positive principal");
        }
        if (schedule.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one installment");
        }
        Plan plan = new Plan();
        plan.planId = planId;
        plan.orderId = orderId;
        plan.customerId = customerId;
        plan.method = method;
        plan.installmentCount = schedule.size();
        plan.merchantSubsidised = merchantSubsidised;
        plan.nominalApr = nominalApr == null ? BigDecimal.ZERO : nominalApr;
        plan.captureDate = captureDate;
        plan.principal = principal;
        plan.outstandingPrincipal = principal;
        plan.creditBalance = Money.ZERO;
        plan.status = PlanStatus.ACTIVE;
        plan.principalDays = BigDecimal.ZERO.setScale(Money.SCALE);
        plan.principalDaysThrough = captureDate;
        plan.createdAt = at;
        LocalDate periodStart = captureDate;
        for (int n = 0; n < schedule.size(); n++) {
            ScheduleLine line = schedule.get(n);
            if (line.number() != n + 1) {
                throw new IllegalArgumentException("installments are numbered 1.." + schedule.size() + " in order");
            }
            if (!line.dueDate().isAfter(periodStart)) {
                throw new IllegalArgumentException("due dates come after the capture date and after each other");
            }
            if (line.principal().isNegative() || line.fee().isNegative()) {
                throw new IllegalArgumentException("installment parts are not negative");
            }
            plan.installments.add(Installment.scheduled(plan, line, periodStart));
            periodStart = line.dueDate();
        }
        Money scheduled =
                Money.sum(schedule.stream().map(ScheduleLine::principal).toList());
        if (!scheduled.equals(principal)) {
            throw new IllegalArgumentException(
                    "principal parts sum to " + scheduled + ", not to the principal " + principal);
        }
        return plan;
    }

    /** What the bill shows: unpaid on installments due on or before {@code on}, late fees included. */
    public Money amountDue(LocalDate on) {
        return Money.sum(open().stream()
                .filter(i -> !i.dueDate().isAfter(on))
                .map(Installment::unpaid)
                .toList());
    }

    /**
     * What is owed today on installments whose period has started (so including the current
     * period's installment before its due date): late fees, fees, principal.
     */
    public Money dueNow(LocalDate on) {
        return Money.sum(open().stream()
                .filter(i -> i.periodStartedBefore(on))
                .map(Installment::unpaid)
                .toList());
    }

    /**
     * What settles the plan today: everything due now plus the principal of periods not started
     * (their fees are waived). A payment may not exceed it.
     */
    public Money payoffAmount(LocalDate on) {
        Money unstartedPrincipal = Money.sum(open().stream()
                .filter(i -> !i.periodStartedBefore(on))
                .map(Installment::unpaidPrincipal)
                .toList());
        return dueNow(on).plus(unstartedPrincipal);
    }

    /** Allocates a payment made on {@code on}; see the class comment for the order. */
    public PaymentAllocation pay(Money amount, LocalDate on) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment is a positive amount");
        }
        if (status != PlanStatus.ACTIVE) {
            throw new PlanSettled();
        }
        Money owed = payoffAmount(on);
        if (amount.isGreaterThan(owed)) {
            throw new PaymentExceedsBalance(amount, owed);
        }
        boolean payingOff = amount.equals(owed);
        accruePrincipalDays(on);
        List<Posting> postings = new ArrayList<>();
        Money left = amount;
        Money principalRepaid = Money.ZERO;
        for (Installment i : open()) {
            if (!i.periodStartedBefore(on)) {
                continue;
            }
            left = left.minus(post(postings, i, LedgerKind.PAYMENT_LATE_FEE, i.payLateFee(left)));
            left = left.minus(post(postings, i, LedgerKind.PAYMENT_FEE, i.payFee(left)));
            Money principalPart = post(postings, i, LedgerKind.PAYMENT_PRINCIPAL, i.payPrincipal(left));
            left = left.minus(principalPart);
            principalRepaid = principalRepaid.plus(principalPart);
        }
        List<Installment> unstarted = unstartedLastFirst(on);
        for (Installment i : unstarted) {
            if (left.isZero()) {
                break;
            }
            Money before = i.unpaidPrincipal();
            Money principalPart = post(postings, i, LedgerKind.PAYMENT_PRINCIPAL, i.payPrincipal(left));
            left = left.minus(principalPart);
            principalRepaid = principalRepaid.plus(principalPart);
            post(postings, i, LedgerKind.FEE_WAIVED, i.shrinkFeeProRata(before));
        }
        if (payingOff) {
            for (Installment i : unstarted) {
                post(postings, i, LedgerKind.FEE_WAIVED, i.waiveFee());
            }
        }
        if (!left.isZero()) {
            throw new IllegalStateException("the waterfall left " + left + " unallocated");
        }
        outstandingPrincipal = outstandingPrincipal.minus(principalRepaid);
        List<Settlement> settled = new ArrayList<>();
        for (Installment i : installments) {
            if (i.settleIfCleared(on)) {
                settled.add(
                        new Settlement(i.number(), i.dueDate(), i.periodStartedBefore(on), !on.isAfter(i.dueDate())));
            }
        }
        boolean paidOff = closeIfSettled(PlanStatus.PAID_OFF);
        return new PaymentAllocation(amount, postings, settled, principalRepaid, paidOff);
    }

    /**
     * Applies a refund made on {@code on}: principal comes off from the last installment backwards,
     * fees of periods not started shrink pro rata to their principal left; once no principal is left,
     * the rest settles late fees and started fees (oldest first) and whatever remains is a credit
     * balance owed to the customer, with the plan closed.
     */
    public RefundSettlement refund(Money amount, LocalDate on) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund is a positive amount");
        }
        accruePrincipalDays(on);
        List<Posting> postings = new ArrayList<>();
        Money left = amount;
        Money principalRefunded = Money.ZERO;
        List<Installment> lastFirst = new ArrayList<>(open());
        Collections.reverse(lastFirst);
        for (Installment i : lastFirst) {
            if (left.isZero()) {
                break;
            }
            Money before = i.unpaidPrincipal();
            Money cut = post(postings, i, LedgerKind.REFUND_PRINCIPAL, i.reducePrincipal(left));
            left = left.minus(cut);
            principalRefunded = principalRefunded.plus(cut);
            if (!i.periodStartedBefore(on)) {
                post(postings, i, LedgerKind.REFUND_FEE_REDUCTION, i.shrinkFeeProRata(before));
            }
        }
        outstandingPrincipal = outstandingPrincipal.minus(principalRefunded);
        if (left.isPositive()) {
            for (Installment i : open()) {
                if (!i.periodStartedBefore(on)) {
                    post(postings, i, LedgerKind.REFUND_FEE_REDUCTION, i.waiveFee());
                    continue;
                }
                left = left.minus(post(postings, i, LedgerKind.REFUND_LATE_FEE, i.payLateFee(left)));
                left = left.minus(post(postings, i, LedgerKind.REFUND_FEE, i.payFee(left)));
            }
        }
        Money credit = Money.ZERO;
        if (left.isPositive()) {
            credit = left;
            creditBalance = creditBalance.plus(credit);
            postings.add(new Posting(null, LedgerKind.CREDIT_BALANCE, credit));
        }
        for (Installment i : installments) {
            i.settleIfCleared(on);
        }
        boolean closed = closeIfSettled(PlanStatus.REFUNDED);
        return new RefundSettlement(amount, postings, principalRefunded, credit, closed);
    }

    /** Adds one day's late fee to an installment; production does this set-based at end of day. */
    public void chargeLateFee(int installmentNumber, Money amount) {
        installment(installmentNumber).chargeLateFee(amount);
    }

    public Installment installment(int number) {
        return installments.stream()
                .filter(i -> i.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no installment " + number));
    }

    /** Brings the principal-days sum up to {@code on} before the outstanding principal changes. */
    private void accruePrincipalDays(LocalDate on) {
        if (on.isAfter(principalDaysThrough)) {
            long days = ChronoUnit.DAYS.between(principalDaysThrough, on);
            principalDays = principalDays.add(outstandingPrincipal.amount().multiply(BigDecimal.valueOf(days)));
            principalDaysThrough = on;
        }
    }

    private boolean closeIfSettled(PlanStatus closedAs) {
        if (status == PlanStatus.ACTIVE && installments.stream().allMatch(Installment::isSettled)) {
            status = closedAs;
            return true;
        }
        return false;
    }

    private List<Installment> open() {
        return installments.stream().filter(i -> !i.isSettled()).toList();
    }

    private List<Installment> unstartedLastFirst(LocalDate on) {
        List<Installment> unstarted = new ArrayList<>(
                open().stream().filter(i -> !i.periodStartedBefore(on)).toList());
        Collections.reverse(unstarted);
        return unstarted;
    }

    private static Money post(List<Posting> postings, Installment i, LedgerKind kind, Money amount) {
        if (amount.isPositive()) {
            postings.add(new Posting(i.number(), kind, amount));
        }
        return amount;
    }

    public UUID id() {
        return planId;
    }

    public String orderId() {
        return orderId;
    }

    public String customerId() {
        return customerId;
    }

    public String method() {
        return method;
    }

    public int installmentCount() {
        return installmentCount;
    }

    public boolean merchantSubsidised() {
        return merchantSubsidised;
    }

    public BigDecimal nominalApr() {
        return nominalApr;
    }

    public LocalDate captureDate() {
        return captureDate;
    }

    public Money principal() {
        return principal;
    }

    public Money outstandingPrincipal() {
        return outstandingPrincipal;
    }

    public Money creditBalance() {
        return creditBalance;
    }

    public PlanStatus status() {
        return status;
    }

    public BigDecimal principalDays() {
        return principalDays;
    }

    public LocalDate principalDaysThrough() {
        return principalDaysThrough;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Installment> installments() {
        return Collections.unmodifiableList(installments);
    }
}
