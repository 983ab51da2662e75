package com.creditline.repayment.funding;

import com.creditline.common.money.Money;
import com.creditline.repayment.funding.FunderRegistry.FunderPosition;
import com.creditline.repayment.funding.model.Funder;
import com.creditline.repayment.funding.model.FunderKind;
import com.creditline.repayment.funding.model.FunderStatus;
import com.creditline.repayment.funding.model.FundingTerms;
import com.creditline.repayment.funding.model.Grades;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A funder as staff see it: its terms, status and priority, its exposure and room under its cap,
 * and what it funded on the business date against its daily quota.
 */
record FunderView(
        String funderId,
        String name,
        FunderKind kind,
        FunderStatus status,
        int priority,
        Terms terms,
        String settlementAccount,

        @Schema(
                types = {"string", "null"},
                nullable = true,
                description = "The gateway partner whose funding:read keys may read its books; absent when none.")
        String partnerId,

        @Schema(description = "The principal it holds now: its exposure.")
        Money outstandingPrincipal,

        @Schema(description = "What it may still take under its exposure cap.")
        Money exposureRoom,

        @Schema(description = "The business date of fundedToday and quotaRoom.")
        LocalDate businessDate,

        @Schema(description = "The principal it funded on the business date.")
        Money fundedToday,

        @Schema(description = "What it may still fund on the business date under its daily quota.")
        Money quotaRoom,

        Instant registeredAt) {

    static FunderView of(FunderPosition position) {
        Funder f = position.funder();
        return new FunderView(
                f.id(),
                f.name(),
                f.kind(),
                f.status(),
                f.priority(),
                Terms.of(f.terms()),
                f.settlementAccount(),
                f.partnerId(),
                f.outstandingPrincipal(),
                f.exposureRoom(),
                position.businessDate(),
                position.fundedToday(),
                position.quotaRoom(),
                f.registeredAt());
    }

    @Schema(
            description = "What a funder funds and on what terms. Shares are fractions of a plan's principal; the"
                    + " yield is an annual rate.")
    record Terms(
            @Schema(description = "The risk grades it funds, each of A to E.", example = "[\"A\", \"B\"]") @NotEmpty
            List<@NotNull String> grades,

            @Schema(description = "The fewest installments of a plan it takes (1-24).", example = "3") @NotNull
            Integer minimumInstallments,

            @Schema(description = "The most installments of a plan it takes (1-24).", example = "12") @NotNull
            Integer maximumInstallments,

            @Schema(description = "The least share of a plan it takes, above 0.", example = "0.2") @NotNull
            BigDecimal minimumShare,

            @Schema(
                    description = "The largest share of a plan it takes: at most 1 minus the platform's own minimum"
                            + " share (0.70 by default).",
                    example = "0.7")
            @NotNull
            BigDecimal maximumShare,

            @Schema(description = "The outstanding principal it may hold at most.") @NotNull
            Money exposureCap,

            @Schema(description = "The principal it may fund on one business date.") @NotNull
            Money dailyQuota,

            @Schema(description = "The annual yield it is paid on its principal, 0 to 0.24.", example = "0.065")
            @NotNull
            BigDecimal yieldRate,

            @Schema(
                    types = {"boolean", "null"},
                    description = "Whether the platform guarantees its principal: at charge-off the platform pays"
                            + " it what it wrote off, from the risk reserve. False when absent.",
                    example = "false")
            Boolean guaranteed) {

        FundingTerms toTerms() {
            return new FundingTerms(
                    Grades.of(grades),
                    minimumInstallments,
                    maximumInstallments,
                    minimumShare,
                    maximumShare,
                    exposureCap,
                    dailyQuota,
                    yieldRate,
                    Boolean.TRUE.equals(guaranteed));
        }

        static Terms of(FundingTerms terms) {
            return new Terms(
                    Grades.letters(terms.grades()),
                    terms.minimumInstallments(),
                    terms.maximumInstallments(),
                    terms.minimumShare(),
                    terms.maximumShare(),
                    terms.exposureCap(),
                    terms.dailyQuota(),
                    terms.yieldRate(),
                    terms.guaranteed());
        }
    }
}
