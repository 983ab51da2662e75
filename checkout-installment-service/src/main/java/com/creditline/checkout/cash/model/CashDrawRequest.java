package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import com.creditline.events.risk.MerchantLineDecided;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A draw as the borrower asked for it, under the caller's Idempotency-Key: the same key again is a
 * replay only with the same request. A CASH draw goes to one of the customer's bank accounts; a
 * MERCHANT draw is the merchant's, under its borrower id, to its settlement account, and may carry a
 * sales sweep share (null: repaid in fixed installments only).
 */
public record CashDrawRequest(
        String idempotencyKey,
        CustomerId customerId,
        Money amount,
        int installmentCount,
        PricingMethod method,
        BankAccountId bankAccountId,
        MerchantId merchantId,
        BigDecimal salesSweepShare) {

    public CashDrawRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        if ((bankAccountId == null) == (merchantId == null)) {
            throw new IllegalArgumentException("a draw goes to a bank account or to a merchant, exactly one");
        }
        if (merchantId == null && salesSweepShare != null) {
            throw new IllegalArgumentException("only a merchant draw is repaid from sales");
        }
    }

    /** A consumer's draw of cash to one of the customer's bank accounts. */
    public static CashDrawRequest toBankAccount(
            String idempotencyKey,
            CustomerId customerId,
            Money amount,
            int installmentCount,
            PricingMethod method,
            BankAccountId bankAccountId) {
        Objects.requireNonNull(bankAccountId, "bankAccountId");
        return new CashDrawRequest(
                idempotencyKey, customerId, amount, installmentCount, method, bankAccountId, null, null);
    }

    /** A merchant's draw on its own line, under its borrower id, to its settlement account. */
    public static CashDrawRequest toMerchant(
            String idempotencyKey,
            MerchantId merchantId,
            Money amount,
            int installmentCount,
            PricingMethod method,
            BigDecimal salesSweepShare) {
        Objects.requireNonNull(merchantId, "merchantId");
        return new CashDrawRequest(
                idempotencyKey,
                borrowerOf(merchantId),
                amount,
                installmentCount,
                method,
                null,
                merchantId,
                salesSweepShare);
    }

    /** The id a merchant borrows under: {@code mch-<merchantId>}. */
    public static CustomerId borrowerOf(MerchantId merchantId) {
        return CustomerId.of(MerchantLineDecided.borrowerIdOf(merchantId.value()));
    }

    public DrawProduct product() {
        return merchantId == null ? DrawProduct.CASH : DrawProduct.MERCHANT;
    }
}
