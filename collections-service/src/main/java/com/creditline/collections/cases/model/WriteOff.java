package com.creditline.collections.cases.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * What a case records of the charge-off repayment-service made: the day, and the principal and
 * fees written off with their total. A case charged off by collections itself, before repayment
 * decided charge-offs, holds the day and the total only (the overdue amount it charged off).
 */
@Embeddable
public record WriteOff(
        @Column(name = "charged_off_on") LocalDate on,
        @Column(name = "charged_off_principal") Money principal,
        @Column(name = "charged_off_fees") Money fees,
        @Column(name = "charged_off_amount") Money total) {

    static WriteOff of(RecordChargeOff chargeOff) {
        return new WriteOff(
                chargeOff.chargedOffOn(),
                chargeOff.principalWrittenOff(),
                chargeOff.feesWrittenOff(),
                chargeOff.writtenOff());
    }
}
