package com.creditline.checkout.order;

import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.order.model.CaptureIntent;
import com.creditline.checkout.order.model.CaptureRequest;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.order.model.FinancedPlan;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.time.BusinessClock;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures part of an order into a plan, priced at the business date. Idempotent per capture id.
 * The capture's intent is committed before the line is told, so that a process dying after the
 * line captured leaves the intent for {@link #recover}; {@link CaptureCompletion} does the rest.
 */
@Service
class OrderCapture {

    private final OrderReading reading;
    private final FinancedPlans plans;
    private final CaptureIntents intents;
    private final CapturePricing terms;
    private final CaptureCompletion completion;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    OrderCapture(
            OrderReading reading,
            FinancedPlans plans,
            CaptureIntents intents,
            CapturePricing terms,
            CaptureCompletion completion,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.reading = reading;
        this.plans = plans;
        this.intents = intents;
        this.terms = terms;
        this.completion = completion;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Captures part of the order and starts its plan; the same capture id again answers the plan it
     * started.
     *
     * @param partnerId the partner acting (its own orders only); null for the shop and staff
     */
    FinancedPlan capture(CaptureRequest request, PartnerId partnerId) {
        FinancedOrder order = reading.get(request.orderId(), partnerId);
        FinancedPlan previous = plans.findByCaptureId(request.captureId()).orElse(null);
        if (previous != null) {
            if (!previous.isSameCapture(request)) {
                throw new CaptureConflict();
            }
            return previous;
        }
        order.checkCapturable(request.amount());
        LocalDate today = clock.businessDate();
        DiscountRate discountRate = terms.merchantTerms(order, request, today);
        CaptureIntent intent = new CaptureIntent(request, discountRate, today, clock.now());
        CapturePricing.Priced priced = terms.price(order, intent);
        try {
            transactions.executeWithoutResult(tx -> intents.saveAndFlush(intent));
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            throw new CaptureInProgress();
        }
        return completion.complete(intent, priced.offer(), priced.grade());
    }

    /** Finishes a capture whose process died after writing its intent: the line, then the plan. */
    void recover(CaptureId captureId) {
        CaptureIntent intent = intents.findById(captureId).orElse(null);
        if (intent == null || intent.completed()) {
            return;
        }
        if (plans.findByCaptureId(captureId).isPresent()) {
            completion.close(captureId);
            return;
        }
        // The merchant's terms are those the intent was written with: the plan keeps them.
        CapturePricing.Priced priced = terms.price(reading.get(intent.orderId(), null), intent);
        completion.complete(intent, priced.offer(), priced.grade());
    }
}
