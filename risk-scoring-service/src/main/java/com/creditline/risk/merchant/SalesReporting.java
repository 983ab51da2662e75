package com.creditline.risk.merchant;

import com.creditline.common.time.BusinessClock;
import com.creditline.risk.merchant.model.DailySales;
import com.creditline.risk.merchant.model.MerchantId;
import com.creditline.risk.merchant.model.MerchantProfile;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what merchants report: their daily sales, a day sent again replacing that day (so a resend
 * changes nothing), and their profile. Sales are facts of days gone by: none after the business date.
 */
@Service
class SalesReporting {

    private final MerchantSales sales;
    private final MerchantProfiles profiles;
    private final BusinessClock clock;

    SalesReporting(MerchantSales sales, MerchantProfiles profiles, BusinessClock clock) {
        this.sales = sales;
        this.profiles = profiles;
        this.clock = clock;
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
        sales.report(merchant, days, clock.now());
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
