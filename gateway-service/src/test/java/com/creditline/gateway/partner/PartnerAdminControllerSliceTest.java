package com.creditline.gateway.partner;

import static com.creditline.gateway.ProblemAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.creditline.common.id.PartnerId;
import com.creditline.gateway.GatewayWebSlice;
import com.creditline.gateway.localissuer.IssuerTokens;
import com.creditline.gateway.partner.model.ApiKey;
import com.creditline.gateway.partner.model.ApiKeyNoLongerValid;
import com.creditline.gateway.partner.model.ApiKeyNotFound;
import com.creditline.gateway.partner.model.IssuedKey;
import com.creditline.gateway.partner.model.Partner;
import com.creditline.gateway.partner.model.PartnerIdTaken;
import com.creditline.gateway.partner.model.PartnerKind;
import com.creditline.gateway.partner.model.PartnerNotFound;
import com.creditline.gateway.partner.model.PartnerScope;
import com.creditline.gateway.partner.model.ScopeNotAllowed;
import com.creditline.gateway.partner.model.ScopeNotForPartnerKind;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The partner admin endpoints' web layer alone: who may register partners and manage their keys,
 * what a request must hold, and how each refusal reads. The services and repositories are mocks;
 * issuing, rotating and revoking keys on the real database is tested in {@code GatewayAccessTest}.
 */
@GatewayWebSlice(PartnerAdminController.class)
class PartnerAdminControllerSliceTest {

    private static final Consumer<HttpHeaders> ALICE = IssuerTokens.staff("alice", "ADMIN");
    private static final PartnerId P1 = PartnerId.of("P-0123456789");
    private static final String PARTNER = "/api/v1/admin/partners/P-0123456789";
    private static final String KEY_ID = "0123456789abcdef";
    private static final String OTHER_KEY_ID = "fedcba9876543210";
    private static final Instant CREATED = Instant.parse("2026-11-30T08:00:00Z");
    private static final ApiKey KEY =
            new ApiKey(KEY_ID, P1, Set.of(PartnerScope.ORDERS_READ), 100, CREATED, null, null, null);

    @Autowired
    WebTestClient web;

    @Autowired
    ApiKeyVerification verification;

    @MockitoBean
    PartnerRegistration registration;

    @MockitoBean
    ApiKeyIssuing issuing;

    @MockitoBean
    Partners partners;

    @MockitoBean
    ApiKeys keys;

    @Test
    void shouldAnswerACallerWithoutAValidCredentialWithA401Problem() {
        WebTestClient.ResponseSpec none = web.get().uri(PARTNER).exchange();
        none.expectHeader().valueEquals("WWW-Authenticate", "Bearer, ApiKey");
        problem(none, HttpStatus.UNAUTHORIZED, "unauthenticated")
                .jsonPath("$.detail")
                .isEqualTo("Send a valid API key (X-Api-Key) or bearer token.");
        problem(
                web.get()
                        .uri(PARTNER)
                        .headers(h -> h.setBearerAuth("not-a-token"))
                        .exchange(),
                HttpStatus.UNAUTHORIZED,
                "unauthenticated");
        problem(
                web.get()
                        .uri(PARTNER)
                        .header("X-Api-Key", "clk_0123456789abcdef_unknown")
                        .exchange(),
                HttpStatus.UNAUTHORIZED,
                "unauthenticated");
        verifyNoInteractions(partners, keys);
    }

    @Test
    void shouldLetOnlyAnAdminRegisterAPartner() {
        for (Consumer<HttpHeaders> notAdmin : List.of(
                IssuerTokens.staff("colin", "COLLECTOR"),
                IssuerTokens.staff("vera", "VIEWER"),
                IssuerTokens.client("shop", "checkout:write", "orders:read"))) {
            problem(
                            postAs(notAdmin, "/api/v1/admin/partners", "{\"name\":\"Travel Co\"}"),
                            HttpStatus.FORBIDDEN,
                            "forbidden")
                    .jsonPath("$.detail")
                    .isEqualTo("The caller is not allowed to do this.");
        }
        verifyNoInteractions(registration);

        when(registration.register(eq("Travel Co"), isNull(), eq("staff:alice"), any()))
                .thenReturn(new Partner(P1, PartnerKind.PLATFORM, "Travel Co", CREATED, "staff:alice"));
        postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"Travel Co\"}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.partnerId")
                .isEqualTo("P-0123456789")
                .jsonPath("$.kind")
                .isEqualTo("PLATFORM")
                .jsonPath("$.name")
                .isEqualTo("Travel Co")
                .jsonPath("$.createdAt")
                .isEqualTo("2026-11-30T08:00:00Z")
                .jsonPath("$.keys")
                .isEmpty();
    }

    @Test
    void shouldKeepAPartnerKeyOffTheAdminPaths() {
        when(verification.verify(eq("clk_0123456789abcdef_secret"), any())).thenReturn(Optional.of(KEY));
        problem(
                web.get()
                        .uri(PARTNER)
                        .header("X-Api-Key", "clk_0123456789abcdef_secret")
                        .exchange(),
                HttpStatus.FORBIDDEN,
                "forbidden");
        verifyNoInteractions(partners, keys);
    }

    @Test
    void shouldRequireAnAuditReasonForAnAdminChange() {
        WebTestClient.ResponseSpec unexplained = web.post()
                .uri("/api/v1/admin/partners")
                .headers(ALICE)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Travel Co\"}")
                .exchange();
        problem(unexplained, HttpStatus.BAD_REQUEST, "audit-reason-required")
                .jsonPath("$.detail")
                .isEqualTo("An admin change must say why: send an Audit-Reason header (1-500 characters).");
        verifyNoInteractions(registration);
    }

    @Test
    void shouldShowAnyStaffMemberAPartnerAndItsKeysButNeverASecret() {
        ApiKey revoked = new ApiKey(
                OTHER_KEY_ID,
                P1,
                Set.of(PartnerScope.CHECKOUT_WRITE),
                10,
                CREATED,
                null,
                null,
                CREATED.plus(Duration.ofHours(1)));
        when(partners.find(P1)).thenReturn(new Partner(P1, PartnerKind.PLATFORM, "Travel Co", CREATED, "staff:alice"));
        when(keys.ofPartner(P1)).thenReturn(List.of(KEY, revoked));

        getAs(IssuerTokens.staff("vera", "VIEWER"), PARTNER)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.partnerId")
                .isEqualTo("P-0123456789")
                .jsonPath("$.keys.length()")
                .isEqualTo(2)
                .jsonPath("$.keys[0].keyId")
                .isEqualTo(KEY_ID)
                .jsonPath("$.keys[0].scopes")
                .isEqualTo(List.of("orders:read"))
                .jsonPath("$.keys[0].requestsPerMinute")
                .isEqualTo(100)
                .jsonPath("$.keys[0].valid")
                .isEqualTo(true)
                .jsonPath("$.keys[1].scopes")
                .isEqualTo(List.of("checkout:write"))
                .jsonPath("$.keys[1].revokedAt")
                .isEqualTo("2026-11-30T09:00:00Z")
                .jsonPath("$.keys[1].valid")
                .isEqualTo(false)
                .jsonPath("$..apiKey")
                .isEmpty();
        problem(getAs(IssuerTokens.client("shop", "orders:read"), PARTNER), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void shouldListThePartnersWithTheirKeysToAnyStaffMemberButNeverASecret() {
        PartnerId other = PartnerId.of("mi-store");
        when(partners.all())
                .thenReturn(List.of(
                        new Partner(P1, PartnerKind.PLATFORM, "Travel Co", CREATED, "staff:alice"),
                        new Partner(other, PartnerKind.MERCHANT, "Mi Store", CREATED, "staff:alice")));
        when(keys.all()).thenReturn(List.of(KEY));

        getAs(IssuerTokens.staff("vera", "VIEWER"), "/api/v1/admin/partners")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].partnerId")
                .isEqualTo("P-0123456789")
                .jsonPath("$[0].keys[0].keyId")
                .isEqualTo(KEY_ID)
                .jsonPath("$[0].keys[0].valid")
                .isEqualTo(true)
                .jsonPath("$[1].kind")
                .isEqualTo("MERCHANT")
                .jsonPath("$[1].keys")
                .isEmpty()
                .jsonPath("$..apiKey")
                .isEmpty();
        problem(
                getAs(IssuerTokens.client("shop", "orders:read"), "/api/v1/admin/partners"),
                HttpStatus.FORBIDDEN,
                "forbidden");
    }

    @Test
    void shouldAnswerAnUnknownPartnerAndTextThatIsNoPartnerIdWithTheSame404() {
        when(partners.find(P1)).thenThrow(new PartnerNotFound());
        for (String path : List.of(PARTNER, "/api/v1/admin/partners/no such partner")) {
            problem(getAs(IssuerTokens.staff("vera", "VIEWER"), path), HttpStatus.NOT_FOUND, "partner-not-found")
                    .jsonPath("$.detail")
                    .isEqualTo("No such partner.");
        }
        problem(
                        postAs(ALICE, "/api/v1/admin/partners/x!y/keys/" + KEY_ID + "/revocation", "{}"),
                        HttpStatus.NOT_FOUND,
                        "api-key-not-found")
                .jsonPath("$.detail")
                .isEqualTo("The partner has no such API key.");
        verifyNoInteractions(issuing);
    }

    @Test
    void shouldAnswerTheFieldsARegistrationOrAKeyLacksWithA400Problem() {
        problem(postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\" \"}"), HttpStatus.BAD_REQUEST, "invalid-request")
                .jsonPath("$.detail")
                .isEqualTo("The request has invalid fields.")
                .jsonPath("$.errors[0].field")
                .isEqualTo("name")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must not be blank");
        problem(
                        postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"" + "n".repeat(201) + "\"}"),
                        HttpStatus.BAD_REQUEST,
                        "invalid-request")
                .jsonPath("$.errors[0].field")
                .isEqualTo("name")
                .jsonPath("$.errors[0].message")
                .isEqualTo("size must be between 0 and 200");
        problem(
                        postAs(ALICE, PARTNER + "/keys", "{\"scopes\":[],\"requestsPerMinute\":0}"),
                        HttpStatus.BAD_REQUEST,
                        "invalid-request")
                .jsonPath("$.errors.length()")
                .isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'scopes')].message")
                .isEqualTo(List.of("must not be empty"))
                .jsonPath("$.errors[?(@.field == 'requestsPerMinute')].message")
                .isEqualTo(List.of("must be greater than or equal to 1"));
        problem(postAs(ALICE, rotation(KEY_ID), "{}"), HttpStatus.BAD_REQUEST, "invalid-request")
                .jsonPath("$.errors[0].field")
                .isEqualTo("overlap")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must not be null");
        verifyNoInteractions(registration, issuing);
    }

    @Test
    void shouldAnswerABodyThatIsNotTheEndpointsJsonWithA400Problem() {
        for (String body : List.of("{\"name\":\"x\",\"isAdmin\":true}", "{\"name\":", "[]")) {
            problem(postAs(ALICE, "/api/v1/admin/partners", body), HttpStatus.BAD_REQUEST, "malformed-request")
                    .jsonPath("$.detail")
                    .isEqualTo("The request body is not valid JSON for this endpoint.");
        }
        problem(postAs(ALICE, rotation(KEY_ID), "{\"overlap\":\"soon\"}"), HttpStatus.BAD_REQUEST, "malformed-request");
        verifyNoInteractions(registration, issuing);
    }

    @Test
    void shouldIssueAKeyForTheAdminAndShowItsSecretInThatAnswerOnly() {
        when(issuing.issue(any())).thenReturn(new IssuedKey(KEY, "clk_0123456789abcdef_secret"));
        postAs(ALICE, PARTNER + "/keys", "{\"scopes\":[\"orders:read\"],\"requestsPerMinute\":100}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.apiKey")
                .isEqualTo("clk_0123456789abcdef_secret")
                .jsonPath("$.key.keyId")
                .isEqualTo(KEY_ID)
                .jsonPath("$.key.scopes")
                .isEqualTo(List.of("orders:read"))
                .jsonPath("$.key.requestsPerMinute")
                .isEqualTo(100)
                .jsonPath("$.key.createdAt")
                .isEqualTo("2026-11-30T08:00:00Z")
                .jsonPath("$.key.valid")
                .isEqualTo(true);
        verify(issuing)
                .issue(argThat(issue -> issue.partnerId().equals(P1)
                        && issue.scopes().equals(Set.of("orders:read"))
                        && issue.requestsPerMinute() == 100
                        && issue.actor().equals("staff:alice")));
    }

    @Test
    void shouldAnswerAScopeAPartnerMayNotHaveWithA422Problem() {
        when(issuing.issue(any())).thenThrow(new ScopeNotAllowed());
        problem(
                        postAs(
                                ALICE,
                                PARTNER + "/keys",
                                "{\"scopes\":[\"repayments:write\"],\"requestsPerMinute\":10}"),
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "scope-not-allowed")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .startsWith("A partner key may carry only the scopes [")
                        .contains("checkout:write", "orders:read"));
    }

    @Test
    void shouldAnswerAnOverlapOfMoreThan30DaysWithA400ProblemBeforeLookingForTheKey() {
        for (String partner : List.of("P-0123456789", "no such partner")) {
            problem(
                            postAs(
                                    ALICE,
                                    "/api/v1/admin/partners/" + partner + "/keys/" + KEY_ID + "/rotation",
                                    "{\"overlap\":\"P31D\"}"),
                            HttpStatus.BAD_REQUEST,
                            "invalid-request")
                    .jsonPath("$.detail")
                    .isEqualTo("The overlap lies between 0 and 30 days.");
        }
        verifyNoInteractions(issuing);
    }

    @Test
    void shouldRotateAKeyAndAnswerOneNoLongerValidWithA409Problem() {
        when(issuing.rotate(argThat(rotating(KEY_ID)))).thenReturn(new IssuedKey(KEY, "clk_0123456789abcdef_next"));
        when(issuing.rotate(argThat(rotating(OTHER_KEY_ID)))).thenThrow(new ApiKeyNoLongerValid());

        postAs(ALICE, rotation(KEY_ID), "{\"overlap\":\"PT1H\"}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.apiKey")
                .isEqualTo("clk_0123456789abcdef_next")
                .jsonPath("$.key.keyId")
                .isEqualTo(KEY_ID);
        verify(issuing)
                .rotate(argThat(r -> r.partnerId().equals(P1)
                        && r.overlap().equals(Duration.ofHours(1))
                        && r.actor().equals("staff:alice")));

        problem(
                        postAs(ALICE, rotation(OTHER_KEY_ID), "{\"overlap\":\"PT0S\"}"),
                        HttpStatus.CONFLICT,
                        "api-key-no-longer-valid")
                .jsonPath("$.detail")
                .isEqualTo("The key is revoked or expired; issue a new one instead.");
    }

    @Test
    void shouldRevokeAKeyAndAnswerAnUnknownKeyWithA404Problem() {
        ApiKey revoked = new ApiKey(KEY_ID, P1, KEY.scopes(), 100, CREATED, null, null, CREATED.plusSeconds(60));
        when(issuing.revoke(argThat(revoking(KEY_ID)))).thenReturn(revoked);
        when(issuing.revoke(argThat(revoking(OTHER_KEY_ID)))).thenThrow(new ApiKeyNotFound());

        postAs(ALICE, revocation(KEY_ID), "{}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keyId")
                .isEqualTo(KEY_ID)
                .jsonPath("$.revokedAt")
                .isEqualTo("2026-11-30T08:01:00Z")
                .jsonPath("$.valid")
                .isEqualTo(false);
        problem(postAs(ALICE, revocation(OTHER_KEY_ID), "{}"), HttpStatus.NOT_FOUND, "api-key-not-found");
        problem(
                postAs(IssuerTokens.staff("olga", "CREDIT_OFFICER"), revocation(KEY_ID), "{}"),
                HttpStatus.FORBIDDEN,
                "forbidden");
    }

    @Test
    void shouldRegisterAMerchantsPartnerUnderItsMerchantIdAndRefuseATakenIdOrANonSlug() {
        when(registration.register(eq("Mi Store"), eq("mi-store"), eq("staff:alice"), any()))
                .thenReturn(new Partner(
                        PartnerId.of("mi-store"), PartnerKind.MERCHANT, "Mi Store", CREATED, "staff:alice"));
        postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"Mi Store\",\"merchantId\":\"mi-store\"}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.partnerId")
                .isEqualTo("mi-store")
                .jsonPath("$.kind")
                .isEqualTo("MERCHANT");

        when(registration.register(eq("Again"), eq("mi-store"), any(), any())).thenThrow(new PartnerIdTaken());
        problem(
                postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"Again\",\"merchantId\":\"mi-store\"}"),
                HttpStatus.CONFLICT,
                "partner-id-taken");
        for (String notASlug : List.of("Mi-Store", "mi", "-mi-store", "P-0123456789", "mi_store")) {
            problem(
                    postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"Bad\",\"merchantId\":\"" + notASlug + "\"}"),
                    HttpStatus.BAD_REQUEST,
                    "invalid-request");
        }
        verify(registration, never()).register(eq("Bad"), any(), any(), any());
    }

    @Test
    void shouldAnswerAScopeNotOfThePartnersKindWithA422Problem() {
        when(issuing.issue(any())).thenThrow(new ScopeNotForPartnerKind(PartnerKind.PLATFORM));
        problem(
                        postAs(ALICE, PARTNER + "/keys", "{\"scopes\":[\"merchant:sales\"],\"requestsPerMinute\":10}"),
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "scope-not-for-partner-kind")
                .jsonPath("$.detail")
                .isEqualTo("A PLATFORM partner's key may carry only the scopes"
                        + " [checkout:write, funding:read, orders:read].");
    }

    @Test
    void shouldAnswerWhatTheDatabaseRefusesAsTheCallersMistake() {
        when(registration.register(eq("Twice"), any(), any(), any()))
                .thenThrow(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505")));
        when(registration.register(eq("Nul\u0000"), any(), any(), any()))
                .thenThrow(new DataIntegrityViolationException(
                        "invalid byte sequence", new SQLException("invalid byte sequence", "22021")));

        problem(
                        postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"Twice\"}"),
                        HttpStatus.CONFLICT,
                        "constraint-violated")
                .jsonPath("$.detail")
                .isEqualTo("The request conflicts with data that already exists.");
        problem(
                        postAs(ALICE, "/api/v1/admin/partners", "{\"name\":\"Nul\\u0000\"}"),
                        HttpStatus.BAD_REQUEST,
                        "invalid-request")
                .jsonPath("$.detail")
                .isEqualTo(
                        "A value of the request is out of range, too long or has a character that cannot be stored.");
    }

    private static ArgumentMatcher<KeyRotation> rotating(String keyId) {
        return rotation -> rotation != null && rotation.keyId().equals(keyId);
    }

    private static ArgumentMatcher<KeyRevocation> revoking(String keyId) {
        return revocation -> revocation != null && revocation.keyId().equals(keyId);
    }

    private static String rotation(String keyId) {
        return PARTNER + "/keys/" + keyId + "/rotation";
    }

    private static String revocation(String keyId) {
        return PARTNER + "/keys/" + keyId + "/revocation";
    }

    private WebTestClient.ResponseSpec getAs(Consumer<HttpHeaders> caller, String path) {
        return web.get().uri(path).headers(caller).exchange();
    }

    /** An admin change, with the Audit-Reason every admin change must give. */
    private WebTestClient.ResponseSpec postAs(Consumer<HttpHeaders> caller, String path, String json) {
        return web.post()
                .uri(path)
                .headers(caller)
                .header("Audit-Reason", "slice test")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }
}
