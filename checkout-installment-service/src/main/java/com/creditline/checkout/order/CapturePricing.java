package com.creditline.checkout.order;

import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.merchant.MerchantTerms;
import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.order.model.CaptureIntent;
import com.creditline.checkout.order.model.CaptureRequest;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.pricing.Grade;
import com.creditline.checkout.pricing.PlanOffer;
import com.creditline.checkout.pricing.Pricing;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The terms a capture is made on: the merchant's (its discount rate, and its agreement when the
 * plan is asked for subsidised) and the plan priced at the customer's grade on the capture date.
 */
@Component
class CapturePricing {

    /** A plan priced, and the grade it was priced at. */
    record Priced(PlanOffer offer, Grade grade) {}

    private final CustomerProfiles profiles;
    private final Pricing pricing;
    private final MerchantTerms merchants;

    CapturePricing(CustomerProfiles profiles, Pricing pricing, MerchantTerms merchants) {
        this.profiles = profiles;
        this.pricing = pricing;
        this.merchants = merchants;
    }

    /**
     * The discount rate of the order's merchant today (null for the platform's own store), once a
     * subsidy asked for is found agreed. Pay in full has no fee to subsidise: the flag changes nothing.
     *
     * @throws com.creditline.checkout.merchant.model.SubsidyNotAgreed when no agreement covers the plan
     */
    DiscountRate merchantTerms(FinancedOrder order, CaptureRequest request, LocalDate captureDate) {
        return merchants.forCapture(
                order.merchantId(),
                request.installmentCount(),
                request.amount(),
                captureDate,
                request.merchantSubsidised() && request.method().isInstallments());
    }

    Priced price(FinancedOrder order, CaptureIntent intent) {
        Grade grade = profiles.require(order.customerId()).grade();
        PlanOffer offer = pricing.price(
                intent.amount(),
                grade,
                intent.method(),
                intent.installmentCount(),
                intent.merchantSubsidised(),
                intent.captureDate());
        return new Priced(offer, grade);
    }
}
