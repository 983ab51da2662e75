package com.creditline.checkout.merchant;

import static com.creditline.checkout.SliceRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.checkout.merchant.MerchantRegistry.Audit;
import com.creditline.checkout.merchant.MerchantRegistry.MerchantStanding;
import com.creditline.checkout.merchant.model.DiscountRate;
import com.creditline.checkout.merchant.model.Merchant;
import com.creditline.checkout.merchant.model.MerchantStatus;
import com.creditline.common.id.MerchantId;
import com.creditline.common.security.Caller;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The merchants' admin web layer: who may change and read them, the reason a change needs, what a refusal says. */
@ServiceWebSlice(MerchantController.class)
class MerchantControllerSliceTest {

    private static final Caller ADMIN = TestCallers.staff("olga", "ADMIN");
    private static final Caller OFFICER = TestCallers.staff("otto", "CREDIT_OFFICER");
    private static final Caller VIEWER = TestCallers.staff("vera", "VIEWER");
    private static final String ENROL = "{\"merchantId\":\"mi-store\",\"name\":\"Xiaomi\",\"discountRate\":0.006,"
            + "\"settlementAccount\":\"ICBC 1\"}";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MerchantRegistry registry;

    private static MerchantStanding standing() {
        return new MerchantStanding(
                Merchant.register(
                        MerchantId.of("mi-store"),
                        "Xiaomi",
                        new DiscountRate(new BigDecimal("0.006")),
                        "ICBC 1",
                        Instant.parse("2026-06-01T02:00:00Z")),
                LocalDate.of(2026, 6, 1));
    }

    @Test
    void shouldLetOnlyAnAdminChangeMerchantsAndAnyStaffReadThem() throws Exception {
        mvc.perform(as(OFFICER, post("/api/v1/admin/merchants").header("Audit-Reason", "r"), ENROL))
                .andExpect(status().isForbidden());
        mvc.perform(as(
                        VIEWER,
                        put("/api/v1/admin/merchants/mi-store/status").header("Audit-Reason", "r"),
                        "{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(registry);

        when(registry.list()).thenReturn(List.of(standing()));
        mvc.perform(as(VIEWER, get("/api/v1/admin/merchants"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].merchantId").value("mi-store"))
                .andExpect(jsonPath("$[0].discountRate").value(0.006))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"));
    }

    @Test
    void shouldEnrolUnderTheAdminsNameWithTheReasonAndNameTheNewMerchant() throws Exception {
        when(registry.register(any(), any())).thenReturn(standing());

        mvc.perform(as(ADMIN, post("/api/v1/admin/merchants").header("Audit-Reason", "  contract 2026-17 "), ENROL))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/merchants/mi-store"));

        verify(registry)
                .register(
                        eq(new MerchantRegistry.Registering(
                                MerchantId.of("mi-store"),
                                "Xiaomi",
                                new DiscountRate(new BigDecimal("0.006")),
                                "ICBC 1")),
                        eq(new Audit("staff:olga", "contract 2026-17")));
    }

    @Test
    void shouldRefuseAChangeWithoutAReasonAndAnIdOrRateOutOfBounds() throws Exception {
        mvc.perform(as(ADMIN, post("/api/v1/admin/merchants"), ENROL))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Audit-Reason")));
        mvc.perform(as(
                        ADMIN,
                        post("/api/v1/admin/merchants").header("Audit-Reason", "r"),
                        ENROL.replace("mi-store", "Mi Store")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(
                        ADMIN,
                        post("/api/v1/admin/merchants").header("Audit-Reason", "r"),
                        ENROL.replace("0.006", "0.051")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type", containsString("/discount-rate-out-of-bounds")))
                .andExpect(jsonPath("$.detail", containsString("0.051")));
        verifyNoInteractions(registry);
    }

    @Test
    void shouldChangeAStatusWithItsReason() throws Exception {
        when(registry.changeStatus(any(), any(), any())).thenReturn(standing());

        mvc.perform(as(
                        ADMIN,
                        put("/api/v1/admin/merchants/mi-store/status").header("Audit-Reason", "unpaid invoices"),
                        "{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isOk());

        verify(registry).changeStatus("mi-store", MerchantStatus.SUSPENDED, new Audit("staff:olga", "unpaid invoices"));
    }
}
