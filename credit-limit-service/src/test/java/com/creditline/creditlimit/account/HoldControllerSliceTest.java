package com.creditline.creditlimit.account;

import static com.creditline.creditlimit.WebSliceRequests.as;
import static com.creditline.creditlimit.WebSliceRequests.asPeer;
import static com.creditline.creditlimit.WebSliceRequests.forbidden;
import static com.creditline.creditlimit.WebSliceRequests.invalidFields;
import static com.creditline.creditlimit.WebSliceRequests.malformed;
import static com.creditline.creditlimit.WebSliceRequests.problem;
import static com.creditline.creditlimit.WebSliceRequests.refusal;
import static com.creditline.creditlimit.WebSliceRequests.unauthorized;
import static com.creditline.creditlimit.WebSliceRequests.withBody;
import static com.creditline.creditlimit.account.Refusals.CUSTOMER;
import static com.creditline.creditlimit.account.Refusals.ORDER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creditline.common.money.Money;
import com.creditline.common.test.ServiceWebSlice;
import com.creditline.common.test.TestCallers;
import com.creditline.creditlimit.account.model.Hold;
import com.creditline.creditlimit.account.model.PlacingHold;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hold endpoints' web layer alone: only a peer service may call them, what a request must
 * hold, the JSON checkout reads, and how each refusal of the line reads. The holds' rules run on
 * real infrastructure in {@link CreditLineServicingIT}.
 */
@ServiceWebSlice(HoldController.class)
class HoldControllerSliceTest {

    static final String HOLDS = "/internal/v1/credit-accounts/c-1/holds";
    static final String NO_HOLD = "No hold exists for that order on this account.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CreditLineServicing lines;

    @Test
    void shouldAnswerACallerWithoutATokenWithA401Problem() throws Exception {
        mvc.perform(withBody(post(HOLDS), placeHold("o-1", "100.00"))).andExpect(unauthorized());
        verifyNoInteractions(lines);
    }

    @Test
    void shouldKeepTheHoldsForPeerServicesEvenFromAnAdmin() throws Exception {
        mvc.perform(as(TestCallers.EVERYTHING, post(HOLDS), placeHold("o-1", "100.00")))
                .andExpect(forbidden());
        verifyNoInteractions(lines);
    }

    @Test
    void shouldPlaceAHoldForAPeerAndAnswerWhatCheckoutReads() throws Exception {
        when(lines.placeHold(any())).thenReturn(Refusals.hold("100.00"));

        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.orderId").value("o-1"))
                .andExpect(jsonPath("$.amount.amount").value("100.00"))
                .andExpect(jsonPath("$.amount.currency").value("CNY"))
                .andExpect(jsonPath("$.captured.amount").value("0.00"))
                .andExpect(jsonPath("$.released.amount").value("0.00"))
                .andExpect(jsonPath("$.remaining.amount").value("100.00"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.expiresOn").value("2026-12-01"))
                .andExpect(jsonPath("$.purpose").value("PURCHASE"));
        verify(lines).placeHold(new PlacingHold(CUSTOMER, ORDER, Money.of("100.00"), Hold.Purpose.PURCHASE));
    }

    @Test
    void shouldPlaceACashHoldWhenThePurposeSaysCashAndRefuseAnUnknownPurpose() throws Exception {
        when(lines.placeHold(any())).thenReturn(Refusals.cashHold("100.00"));

        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00", "CASH")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.purpose").value("CASH"));
        verify(lines).placeHold(new PlacingHold(CUSTOMER, ORDER, Money.of("100.00"), Hold.Purpose.CASH));
        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00", "LOAN")))
                .andExpect(malformed("Field 'purpose' has an invalid value."));
    }

    @Test
    void shouldAnswerTheCashLimitAndTheCeilingAsProblems() throws Exception {
        when(lines.placeHold(any()))
                .thenThrow(Refusals.cashLimitExceeded())
                .thenThrow(Refusals.borrowerCeilingReached());

        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "600.00", "CASH")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "cash-limit-exceeded",
                        "The amount is more than the 500.00 CNY the credit line has available for cash."));
        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "1000.01", "PURCHASE")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "borrower-ceiling-reached",
                        "The amount would take what the borrower owes and holds past the ceiling of 200000.00 CNY"
                                + " per borrower; 1000.00 CNY of room is left under it."));
    }

    @Test
    void shouldRefuseAnOrderIdOutsideTheFormatAndAMissingAmountNamingTheFields() throws Exception {
        mvc.perform(asPeer(post(HOLDS), "{\"orderId\":\"o 1\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"}}"))
                .andExpect(invalidFields())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"));
        mvc.perform(asPeer(post(HOLDS), "{\"orderId\":\"o-1\"}"))
                .andExpect(invalidFields())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
        verifyNoInteractions(lines);
    }

    @Test
    void shouldRefuseAnAmountThatIsNotPositiveAndAnUnknownField() throws Exception {
        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "0.00")))
                .andExpect(problem(
                        HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "the amount must be positive"));
        mvc.perform(asPeer(
                        post(HOLDS + "/o-1/captures"),
                        "{\"captureId\":\"cap-1\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"CNY\"},\"extra\":1}"))
                .andExpect(malformed("Unknown field 'extra'."));
        verifyNoInteractions(lines);
    }

    @Test
    void shouldAnswerTheLinesRefusalsToAHoldAsProblems() throws Exception {
        when(lines.placeHold(any()))
                .thenThrow(Refusals.creditLimitExceeded())
                .thenThrow(Refusals.accountNotActive())
                .thenThrow(Refusals.holdConflict())
                .thenThrow(new AccountNotFound());

        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "credit-limit-exceeded",
                        "The amount is more than the credit line has available."));
        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "account-not-active",
                        "The credit account is FROZEN and cannot be used for new spending."));
        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00")))
                .andExpect(
                        refusal(
                                HttpStatus.CONFLICT,
                                "hold-conflict",
                                "This order already holds a different amount or for another purpose, or belongs to another customer."));
        mvc.perform(asPeer(post(HOLDS), placeHold("o-1", "100.00")))
                .andExpect(refusal(HttpStatus.NOT_FOUND, "account-not-found", "The customer has no credit account."));
    }

    @Test
    void shouldCaptureWithTypedIdsAndAnswerTheRefusalsOfACapture() throws Exception {
        when(lines.captureHold(Refusals.capturing("cap-1", "40.00"))).thenReturn(Refusals.hold("100.00"));
        when(lines.captureHold(Refusals.capturing("cap-1", "50.00"))).thenThrow(Refusals.captureConflict());
        when(lines.captureHold(Refusals.capturing("cap-2", "100.01"))).thenThrow(Refusals.captureExceedsHold());
        when(lines.captureHold(Refusals.capturing("cap-3", "1.00"))).thenThrow(Refusals.holdNotOpen());

        mvc.perform(asPeer(post(HOLDS + "/o-1/captures"), captureHold("cap-1", "40.00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value("o-1"));
        mvc.perform(asPeer(post(HOLDS + "/o-1/captures"), captureHold("cap-1", "50.00")))
                .andExpect(refusal(
                        HttpStatus.CONFLICT,
                        "capture-conflict",
                        "This capture id was already used for a different order or amount."));
        mvc.perform(asPeer(post(HOLDS + "/o-1/captures"), captureHold("cap-2", "100.01")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "capture-exceeds-hold",
                        "The capture is more than the 100.00 CNY still held for this order."));
        mvc.perform(asPeer(post(HOLDS + "/o-1/captures"), captureHold("cap-3", "1.00")))
                .andExpect(refusal(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "hold-not-open",
                        "The hold is CLOSED and can no longer be captured or released."));
    }

    @Test
    void shouldAnswerAnUnknownHoldAndAnOrderIdNoHoldCanHaveWithA404Problem() throws Exception {
        when(lines.hold(CUSTOMER, ORDER)).thenThrow(new HoldNotFound());

        mvc.perform(asPeer(get(HOLDS + "/o-1"), null))
                .andExpect(refusal(HttpStatus.NOT_FOUND, "hold-not-found", NO_HOLD));
        mvc.perform(asPeer(post(HOLDS + "/o~1/release"), null))
                .andExpect(refusal(HttpStatus.NOT_FOUND, "hold-not-found", NO_HOLD));
    }

    @Test
    void shouldReleaseAHoldForAPeer() throws Exception {
        when(lines.releaseHold(CUSTOMER, ORDER)).thenReturn(Refusals.hold("100.00"));

        mvc.perform(asPeer(post(HOLDS + "/o-1/release"), null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
        verify(lines).releaseHold(CUSTOMER, ORDER);
    }

    private static String placeHold(String orderId, String amount) {
        return "{\"orderId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}".formatted(orderId, amount);
    }

    private static String placeHold(String orderId, String amount, String purpose) {
        return "{\"orderId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"},\"purpose\":\"%s\"}"
                .formatted(orderId, amount, purpose);
    }

    private static String captureHold(String captureId, String amount) {
        return "{\"captureId\":\"%s\",\"amount\":{\"amount\":\"%s\",\"currency\":\"CNY\"}}"
                .formatted(captureId, amount);
    }
}
