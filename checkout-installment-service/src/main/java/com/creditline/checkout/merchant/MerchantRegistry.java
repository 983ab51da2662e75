package com.creditline.checkout.merchant;

import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.merchant.model.Merchant;
import com.creditline.checkout.merchant.model.MerchantStatus;
import com.creditline.checkout.merchant.model.SubsidyAgreement;
import com.creditline.checkout.merchant.model.SubsidyTerms;
import com.creditline.checkout.pricing.Pricing;
import com.creditline.common.id.MerchantId;
import com.creditline.common.time.BusinessClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ops keep the register of merchants: they enrol one with its discount rate and settlement account,
 * change its terms, suspend and reactivate it, add subsidy agreements and end them early. Every
 * change is written to {@code merchant_change} with who made it and why, in the same transaction;
 * the gateway's audit log keeps the request too, joined by the correlation id.
 */
@Service
class MerchantRegistry {

    private final Merchants merchants;
    private final Pricing pricing;
    private final BusinessClock clock;
    private final JdbcClient jdbc;

    MerchantRegistry(Merchants merchants, Pricing pricing, BusinessClock clock, JdbcClient jdbc) {
        this.merchants = merchants;
        this.pricing = pricing;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Who asks and why come from the caller's token and the Audit-Reason header. */
    record Audit(String actor, String reason) {}

    record Registering(MerchantId merchantId, String name, DiscountRate rate, String settlementAccount) {}

    record ChangingTerms(String name, DiscountRate rate, String settlementAccount) {}

    /** A merchant and the business date its agreements are said to be in force on. */
    record MerchantStanding(Merchant merchant, LocalDate businessDate) {}

    @Transactional
    MerchantStanding register(Registering command, Audit audit) {
        if (merchants.existsById(command.merchantId().value())) {
            throw new MerchantAlreadyRegistered(command.merchantId());
        }
        Merchant merchant = merchants.saveAndFlush(Merchant.register(
                command.merchantId(), command.name(), command.rate(), command.settlementAccount(), clock.now()));
        changed(merchant, "REGISTERED", terms(merchant), audit);
        return standing(merchant);
    }

    @Transactional
    MerchantStanding changeTerms(String merchantId, ChangingTerms command, Audit audit) {
        Merchant merchant = locked(merchantId);
        String before = terms(merchant);
        merchant.changeTerms(command.name(), command.rate(), command.settlementAccount());
        changed(merchant, "TERMS_CHANGED", before + " -> " + terms(merchant), audit);
        return standing(merchant);
    }

    /** Setting the status a merchant has already changes nothing but is recorded all the same. */
    @Transactional
    MerchantStanding changeStatus(String merchantId, MerchantStatus status, Audit audit) {
        Merchant merchant = locked(merchantId);
        MerchantStatus before = merchant.status();
        merchant.changeStatus(status);
        changed(merchant, "STATUS_CHANGED", before + " -> " + status, audit);
        return standing(merchant);
    }

    /** A new agreement, its counts among those on offer; returns the merchant and the new agreement's id. */
    @Transactional
    Agreed agree(String merchantId, SubsidyTerms terms, Audit audit) {
        SubsidyTerms checked = terms.check(pricing.policy().installmentCounts());
        Merchant merchant = locked(merchantId);
        SubsidyAgreement agreement = merchant.agree(checked, clock.now());
        merchants.flush();
        changed(merchant, "AGREEMENT_ADDED", agreement.toString(), audit);
        return new Agreed(standing(merchant), agreement.agreementId());
    }

    record Agreed(MerchantStanding standing, UUID agreementId) {}

    /** Ends an agreement on the business date: from now on it covers nothing. Ending it again changes nothing. */
    @Transactional
    MerchantStanding endAgreement(String merchantId, UUID agreementId, Audit audit) {
        Merchant merchant = locked(merchantId);
        SubsidyAgreement agreement = merchant.endAgreement(agreementId, clock.businessDate());
        changed(merchant, "AGREEMENT_ENDED", agreement.toString(), audit);
        return standing(merchant);
    }

    @Transactional(readOnly = true)
    MerchantStanding read(String merchantId) {
        return standing(merchants.findById(merchantId).orElseThrow(() -> new MerchantNotFound(merchantId)));
    }

    /** Every merchant, by id. */
    @Transactional(readOnly = true)
    List<MerchantStanding> list() {
        return merchants.findAllByOrderByMerchantId().stream()
                .map(this::standing)
                .toList();
    }

    private Merchant locked(String merchantId) {
        return merchants.lock(merchantId).orElseThrow(() -> new MerchantNotFound(merchantId));
    }

    private MerchantStanding standing(Merchant merchant) {
        return new MerchantStanding(merchant, clock.businessDate());
    }

    private static String terms(Merchant m) {
        return "name=" + m.name() + ", discountRate=" + m.discountRate().value().toPlainString()
                + ", settlementAccount=" + m.settlementAccount();
    }

    private void changed(Merchant merchant, String action, String detail, Audit audit) {
        jdbc.sql("INSERT INTO merchant_change (merchant_id, action, detail, actor, reason, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        merchant.id().value(),
                        action,
                        detail,
                        audit.actor(),
                        audit.reason(),
                        Timestamp.from(clock.now()))
                .update();
    }
}
