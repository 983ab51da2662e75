package com.creditline.repayment.portfolio;

import static com.creditline.repayment.CallerRequests.as;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.money.Money;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.repayment.portfolio.PortfolioReading.BandLine;
import com.creditline.repayment.portfolio.PortfolioReading.BucketLine;
import com.creditline.repayment.portfolio.PortfolioReading.Delinquency;
import com.creditline.repayment.portfolio.PortfolioReading.VintageLine;
import com.creditline.repayment.portfolio.PortfolioReading.VintagePoint;
import com.creditline.repayment.portfolio.PortfolioReading.Vintages;
import com.creditline.repayment.portfolio.model.DaysPastDueBand;
import com.creditline.repayment.portfolio.model.PortfolioBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portfolio's web layer: every staff role reads it, no one else; the vintages' window and days
 * past due are checked. The reading is a mock; {@code PortfolioIT} reads a real database.
 */
@ServiceWebSlice(PortfolioController.class)
class PortfolioControllerSliceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PortfolioReading reading;

    @Test
    void shouldShowTheBucketsAndBandsToEveryStaffRole() throws Exception {
        when(reading.delinquency())
                .thenReturn(new Delinquency(
                        TODAY,
                        2,
                        Money.of("1500.00"),
                        List.of(
                                new BucketLine(PortfolioBucket.CURRENT, 1, Money.of("1000.00")),
                                new BucketLine(PortfolioBucket.M1, 1, Money.of("500.00"))),
                        List.of(new BandLine(DaysPastDueBand.OVER_180, 181, null, 0, Money.ZERO))));
        for (String role : List.of("ADMIN", "CREDIT_OFFICER", "COLLECTOR", "VIEWER")) {
            mvc.perform(as(TestCallers.staff("sam", role), get("/api/v1/admin/portfolio/delinquency")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outstandingPrincipal.amount").value("1500.00"))
                    .andExpect(jsonPath("$.buckets[1].bucket").value("M1"))
                    .andExpect(jsonPath("$.daysPastDue[0].to").doesNotExist());
        }
    }

    @Test
    void shouldRefuseCallersWhoAreNotStaff() throws Exception {
        mvc.perform(get("/api/v1/admin/portfolio/delinquency")).andExpect(status().isUnauthorized());
        mvc.perform(as(
                        Caller.client("shop", List.of("customers:read", "repayments:write")),
                        get("/api/v1/admin/portfolio/vintages")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://problems.creditline.dev/forbidden"));
        verifyNoInteractions(reading);
    }

    @Test
    void shouldReadTwelveMonthsAt30DaysPastDueUnlessAskedAndRefuseAWindowOutOfRange() throws Exception {
        Caller viewer = TestCallers.staff("vera", "VIEWER");
        when(reading.vintages(12, 30))
                .thenReturn(new Vintages(
                        TODAY,
                        30,
                        List.of(new VintageLine(
                                "2026-01", 4, List.of(new VintagePoint(1, 1, new BigDecimal("0.2500")))))));
        mvc.perform(as(viewer, get("/api/v1/admin/portfolio/vintages")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vintages[0].month").value("2026-01"))
                .andExpect(jsonPath("$.vintages[0].curve[0].rate").value(0.25));
        verify(reading).vintages(12, 30);
        for (String query : List.of("months=0", "months=37", "daysPastDue=0", "daysPastDue=181", "months=x")) {
            mvc.perform(as(viewer, get("/api/v1/admin/portfolio/vintages?" + query)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
        }
    }
}
