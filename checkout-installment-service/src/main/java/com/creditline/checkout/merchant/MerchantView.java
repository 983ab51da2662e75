package com.creditline.checkout.merchant;

import com.creditline.checkout.merchant.MerchantRegistry.MerchantStanding;
import com.creditline.checkout.merchant.model.AgreementStatus;
import com.creditline.checkout.merchant.model.Merchant;
import com.creditline.checkout.merchant.model.MerchantStatus;
import com.creditline.checkout.merchant.model.SubsidyAgreement;
import com.creditline.common.id.MerchantId;
import com.creditline.common.money.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A merchant as staff see it: its terms, status and subsidy agreements, each said in force or not on the business date. */
record MerchantView(
        MerchantId merchantId,
        String name,
        MerchantStatus status,

        @Schema(description = "The merchant discount rate (MDR), a fraction: 0.006 is 0.6% of each captured principal.")
        BigDecimal discountRate,

        String settlementAccount,
        Instant registeredAt,

        @Schema(description = "The business date the agreements' inForce is said on.")
        LocalDate businessDate,

        List<AgreementView> agreements) {

    static MerchantView of(MerchantStanding standing) {
        Merchant m = standing.merchant();
        return new MerchantView(
                m.id(),
                m.name(),
                m.status(),
                m.discountRate().value(),
                m.settlementAccount(),
                m.registeredAt(),
                standing.businessDate(),
                m.agreements().stream()
                        .map(a -> AgreementView.of(a, standing.businessDate()))
                        .toList());
    }

    /** A subsidy agreement: the plans whose fees the merchant pays in the customer's place. */
    record AgreementView(
            UUID agreementId,
            Set<Integer> installmentCounts,
            LocalDate validFrom,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    description = "The last business date it is in force; absent: until ended.")
            LocalDate validTo,

            @Schema(
                    types = {"object", "null"},
                    description = "The largest principal of a plan it covers; absent: any.")
            Money maximumPrincipal,

            AgreementStatus status,

            @Schema(
                    types = {"string", "null"},
                    format = "date",
                    description = "The business date ops ended it on; absent unless ENDED.")
            LocalDate endedOn,

            @Schema(description = "Whether it is in force on the business date.")
            boolean inForce,

            Instant createdAt) {

        static AgreementView of(SubsidyAgreement a, LocalDate today) {
            return new AgreementView(
                    a.agreementId(),
                    a.installmentCounts(),
                    a.validFrom(),
                    a.validTo(),
                    a.maximumPrincipal(),
                    a.status(),
                    a.endedOn(),
                    a.inForceOn(today),
                    a.createdAt());
        }
    }
}
