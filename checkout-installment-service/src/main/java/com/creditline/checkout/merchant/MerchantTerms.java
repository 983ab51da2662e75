package com.creditline.checkout.merchant;

import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.merchant.model.Merchant;
import com.creditline.checkout.merchant.model.MerchantNotEnrolled;
import com.creditline.checkout.merchant.model.SubsidyNotAgreed;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an order's merchant's terms allow, for quotes, authorisations and captures: whether it may
 * sell on credit, which plans it pays the fees of, and the discount rate of a capture. A null
 * merchant is the platform's own store: it sells, subsidises nothing and gives no discount.
 */
@Service
public class MerchantTerms {

    private final Merchants merchants;
    private final Pricing pricing;

    MerchantTerms(Merchants merchants, Pricing pricing) {
        this.merchants = merchants;
        this.pricing = pricing;
    }

    /**
     * @throws MerchantNotEnrolled when no merchant has that id
     * @throws com.creditline.checkout.merchant.model.MerchantSuspended when it is suspended
     */
    @Transactional(readOnly = true)
    public void requireSelling(MerchantId merchantId) {
        if (merchantId != null) {
            merchant(merchantId).requireActive();
        }
    }

    /**
     * The installment counts a quote of {@code amount} on {@code date} offers at 0% for the customer.
     *
     * @throws SubsidyNotAgreed when there is no merchant, or its agreements cover none of them
     */
    @Transactional(readOnly = true)
    public Set<Integer> subsidisedCounts(MerchantId merchantId, Money amount, LocalDate date) {
        if (merchantId == null) {
            throw SubsidyNotAgreed.withoutMerchant();
        }
        Merchant merchant = merchant(merchantId);
        merchant.requireActive();
        return merchant.subsidisedCounts(pricing.policy().installmentCounts(), amount, date);
    }

    /**
     * The discount rate a capture of an installment plan is made at (null without a merchant), once a
     * subsidy asked for is checked against the merchant's agreements on the capture date.
     *
     * @throws SubsidyNotAgreed when the plan is asked for subsidised and no agreement covers it
     */
    @Transactional(readOnly = true)
    public DiscountRate forCapture(
            MerchantId merchantId, int installmentCount, Money principal, LocalDate date, boolean subsidised) {
        if (merchantId == null) {
            if (subsidised) {
                throw SubsidyNotAgreed.withoutMerchant();
            }
            return null;
        }
        Merchant merchant = merchant(merchantId);
        if (subsidised) {
            merchant.subsidyFor(installmentCount, principal, date);
        }
        return merchant.discountRate();
    }

    private Merchant merchant(MerchantId merchantId) {
        return merchants.findById(merchantId.value()).orElseThrow(() -> new MerchantNotEnrolled(merchantId));
    }
}
