package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.events.risk.MerchantSalesReported;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.merchant.model.DailySales;
import com.creditline.risk.merchant.model.MerchantProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what merchants report: their daily sales, a day sent again replacing that day (so a resend
 * changes nothing), and their profile. Each day stored tells repayment its net sales (never
 * negative) and revision with a {@link MerchantSalesReported}, in the same transaction. Sales are facts of days gone by: none after the business date.
 */
@Service
class SalesReporting {

    private final MerchantSales sales;
    private final MerchantProfiles profiles;
    private final BusinessClock clock;
    private final Outbox outbox;

    SalesReporting(MerchantSales sales, MerchantProfiles profiles, BusinessClock clock, Outbox outbox) {
        this.sales = sales;
        this.profiles = profiles;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Transactional
    void report(MerchantId merchant, List<DailySales> days) {
        LocalDate today = clock.businessDate();
        Set<LocalDate> seen = new HashSet<>();
        for (DailySales day : days) {
            if (day.date().isAfter(today)) {
                throw new SalesDayUnacceptable(
                        "Sales of " + day.date() + " are after the business date " + today + ".");
            }
            if (!seen.add(day.date())) {
                throw new SalesDayUnacceptable("The day " + day.date() + " is sent twice in this request.");
            }
        }
        List<Integer> revisions = sales.report(merchant, days, clock.now());
        List<MerchantSalesReported> reported = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DailySales day = days.get(i);
            reported.add(new MerchantSalesReported(
                    merchant.value(),
                    MerchantLineDecided.borrowerIdOf(merchant.value()),
                    day.date(),
                    day.netSales().atLeastZero(),
                    revisions.get(i)));
        }
        outbox.appendAll(RiskTopics.DECISIONS, reported);
    }

    @Transactional(readOnly = true)
    List<DailySales> between(MerchantId merchant, LocalDate from, LocalDate to) {
        return sales.between(merchant, from, to);
    }

    @Transactional
    void putProfile(MerchantProfile profile) {
        profiles.put(profile, clock.now());
    }

    int tenureMonths(MerchantProfile profile) {
        return profile.tenureMonths(clock.businessDate());
    }

    @Transactional(readOnly = true)
    MerchantProfile profile(MerchantId merchant) {
        return profiles.find(merchant).orElseThrow(MerchantProfileNotFound::new);
    }
}
