package com.creditline.repayment.plan.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PlanId;
import com.creditline.common.money.Money;
import com.creditline.repayment.customer.model.Arrears;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An installment plan: the financed principal and its schedule, and the rules that move money on
 * it: payments ({@link PaymentWaterfall}), refunds ({@link RefundWaterfall}), end of day's overdue
 * marking and late fees, and charge-off ({@link ChargeOff}). "Started" means a period began before
 * the date of the payment or refund: on the day a period starts it is still unstarted.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    private PlanId planId;

    private OrderId orderId;
    private CustomerId customerId;

    @Embedded
    private PlanTerms terms;

    private LocalDate captureDate;
    private Money principal;
    private Money outstandingPrincipal;

    @Embedded
    private CreditBalance creditBalance;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    @Embedded
    private PrincipalDays principalDays;

    private Instant createdAt;

    @Version
    private Long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<Installment> installments = new ArrayList<>();

    protected Plan() {}

    /** Starts a plan with its schedule exactly as given, if it can be right ({@link ScheduleLine#checkSchedule}). */
    public static Plan open(OpenPlan command, Instant at) {
        Objects.requireNonNull(command.planId(), "planId");
        List<ScheduleLine> schedule = command.schedule();
        LocalDate captureDate = command.captureDate();
        Money principal = command.principal();
        ScheduleLine.checkSchedule(schedule, captureDate, principal);
        Plan plan = new Plan();
        plan.planId = command.planId();
        plan.orderId = command.orderId();
        plan.customerId = command.customerId();
        plan.terms = PlanTerms.of(command);
        plan.captureDate = captureDate;
        plan.principal = principal;
        plan.outstandingPrincipal = principal;
        plan.creditBalance = CreditBalance.none();
        plan.status = PlanStatus.ACTIVE;
        plan.principalDays = PrincipalDays.from(captureDate);
        plan.createdAt = at;
        LocalDate periodStart = captureDate;
        for (ScheduleLine line : schedule) {
            plan.installments.add(Installment.scheduled(plan, line, periodStart));
            periodStart = line.dueDate();
        }
        return plan;
    }

    /** What the bill shows: unpaid on installments due on or before {@code on}, late fees included. */
    public Money amountDue(LocalDate on) {
        return unpaid(i -> !i.dueDate().isAfter(on), Installment::unpaid);
    }

    /**
     * What is owed today on installments whose period has started (so including the current
     * period's installment before its due date): late fees, fees, principal. When interest accrues
     * by the day, the current period's interest only as far as earned today.
     */
    public Money dueNow(LocalDate on) {
        boolean byTheDay = terms.product().interestByTheDay();
        return unpaid(i -> i.periodStartedBefore(on), i -> i.owedOn(on, byTheDay));
    }

    /**
     * What settles the plan today: everything due now plus the principal of periods not started
     * (their fees are waived; by the day, so is the current period's interest not yet earned). A
     * payment may not exceed it.
     */
    public Money payoffAmount(LocalDate on) {
        return dueNow(on).plus(unpaid(i -> !i.periodStartedBefore(on), Installment::unpaidPrincipal));
    }

    /** Allocates a payment made on {@code on} ({@link PaymentWaterfall}). */
    public PaymentAllocation pay(Money amount, LocalDate on) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payment is a positive amount");
        }
        if (status != PlanStatus.ACTIVE && status != PlanStatus.CHARGED_OFF) {
            throw new PlanSettled();
        }
        Money owed = payoffAmount(on);
        if (amount.isGreaterThan(owed)) {
            throw new PaymentExceedsBalance(amount, owed);
        }
        principalDays.accrue(on, outstandingPrincipal);
        PaymentWaterfall waterfall = PaymentWaterfall.allocate(
                open(), amount, on, amount.equals(owed), terms.product().interestByTheDay());
        outstandingPrincipal = outstandingPrincipal.minus(waterfall.principalRepaid());
        List<Settlement> settled = settleCleared(on);
        boolean paidOff = closeIfSettled(PlanStatus.PAID_OFF);
        return new PaymentAllocation(
                amount, booked(waterfall.postings()), settled, onTheBooks(waterfall.principalRepaid()), paidOff);
    }

    /** End of day writes the plan off ({@link ChargeOff#of}): no late fee accrues, payments recover. */
    public ChargeOff chargeOff(LocalDate on) {
        if (status != PlanStatus.ACTIVE) {
            throw new IllegalStateException("only an active plan is charged off, not a " + status + " one");
        }
        principalDays.accrue(on, outstandingPrincipal);
        status = PlanStatus.CHARGED_OFF;
        return ChargeOff.of(open(), outstandingPrincipal, on);
    }

    /** What a movement on the plan is on the books: after charge-off, payments and refunds recover. */
    private List<Posting> booked(List<Posting> postings) {
        return status == PlanStatus.CHARGED_OFF ? LedgerKind.afterChargeOff(postings) : postings;
    }

    /** Principal that leaves the books and goes back to the line: none once the plan is charged off. */
    private Money onTheBooks(Money principal) {
        return status == PlanStatus.CHARGED_OFF ? Money.ZERO : principal;
    }

    /** Applies a refund made on {@code on} ({@link RefundWaterfall}); what is left is a credit balance. */
    public RefundSettlement refund(Money amount, LocalDate on) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund is a positive amount");
        }
        principalDays.accrue(on, outstandingPrincipal);
        RefundWaterfall refund = RefundWaterfall.apply(open(), amount, on);
        outstandingPrincipal = outstandingPrincipal.minus(refund.principalRefunded());
        List<Posting> postings = new ArrayList<>(refund.postings());
        Money credit = refund.left();
        if (credit.isPositive()) {
            creditBalance.add(credit);
            postings.add(new Posting(null, LedgerKind.CREDIT_BALANCE, credit));
        }
        settleCleared(on);
        boolean closed = closeIfSettled(PlanStatus.REFUNDED);
        return new RefundSettlement(amount, booked(postings), onTheBooks(refund.principalRefunded()), credit, closed);
    }

    /** End of day closing {@code day}: unpaid past their due date, installments become overdue. */
    public List<Integer> markOverdue(LocalDate day) {
        return installments.stream()
                .filter(i -> i.markOverdue(day))
                .map(Installment::number)
                .toList();
    }

    /** End of day closing {@code day}: the day's late fees under {@code policy}, charged and returned. */
    public List<Posting> chargeLateFees(LocalDate day, LateFeePolicy policy) {
        if (status != PlanStatus.ACTIVE) {
            return List.of();
        }
        List<Posting> fees = policy.lateFees(this, day);
        fees.forEach(fee -> installment(fee.installmentNumber()).chargeLateFee(fee.amount()));
        return fees;
    }

    /** What this plan owes past due on {@code day}: its part of the customer's arrears. */
    public Arrears arrears(LocalDate day) {
        return installments.stream().map(i -> i.arrears(day)).reduce(Arrears.NONE, Arrears::and);
    }

    /** The outstanding principal summed over each day from capture up to (not including) {@code day}. */
    public BigDecimal principalDaysBefore(LocalDate day) {
        return principalDays.before(day, outstandingPrincipal);
    }

    public Installment installment(int number) {
        return installments.stream()
                .filter(i -> i.number() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no installment " + number));
    }

    private boolean closeIfSettled(PlanStatus closedAs) {
        if (status == PlanStatus.ACTIVE && installments.stream().allMatch(Installment::isSettled)) {
            status = closedAs;
            return true;
        }
        return false;
    }

    /** Marks paid what is no longer owed; returns what that settled. */
    private List<Settlement> settleCleared(LocalDate on) {
        List<Settlement> settled = new ArrayList<>();
        for (Installment i : installments) {
            if (i.settleIfCleared(on)) {
                settled.add(
                        new Settlement(i.number(), i.dueDate(), i.periodStartedBefore(on), !on.isAfter(i.dueDate())));
            }
        }
        return settled;
    }

    private Money unpaid(Predicate<Installment> which, Function<Installment, Money> part) {
        return Money.sum(open().stream().filter(which).map(part).toList());
    }

    private List<Installment> open() {
        return installments.stream().filter(i -> !i.isSettled()).toList();
    }

    public PlanId id() {
        return planId;
    }

    public OrderId orderId() {
        return orderId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    /** How checkout priced the plan. */
    public PlanTerms terms() {
        return terms;
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

    /** Refund money beyond the plan's debt, owed back to the customer (paid out or applied on request). */
    public CreditBalance creditBalance() {
        return creditBalance;
    }

    public PlanStatus status() {
        return status;
    }

    public List<Installment> installments() {
        return Collections.unmodifiableList(installments);
    }
}
