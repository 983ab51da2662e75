package com.creditline.gateway.partner;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
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
import com.creditline.gateway.partner.model.PartnerNotFound;
import com.creditline.gateway.partner.model.PartnerScope;
import com.creditline.gateway.partner.model.ScopeNotAllowed;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
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

    private static final String PROBLEMS = "https://problems.creditline.dev/";
    private static final PartnerId P1 = PartnerId.of("P-0123456789");
    private static final Instant CREATED = Instant.parse("2026-11-30T08:00:00Z");
    private static final ApiKey KEY =
            new ApiKey("0123456789abcdef", P1, Set.of(PartnerScope.ORDERS_READ), 100, CREATED, null, null, null);

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
        web.get()
                .uri("/api/v1/admin/partners/P-0123456789")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer, ApiKey")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "unauthenticated")
                .jsonPath("$.title")
                .isEqualTo("Unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.detail")
                .isEqualTo("Send a valid API key (X-Api-Key) or bearer token.");
        web.get()
                .uri("/api/v1/admin/partners/P-0123456789")
                .headers(h -> h.setBearerAuth("not-a-token"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
        web.get()
                .uri("/api/v1/admin/partners/P-0123456789")
                .header("X-Api-Key", "clk_0123456789abcdef_unknown")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
        verifyNoInteractions(partners, keys);
    }

    @Test
    void shouldLetOnlyAnAdminRegisterAPartner() {
        for (Consumer<HttpHeaders> notAdmin : List.of(
                IssuerTokens.staff("colin", "COLLECTOR"),
                IssuerTokens.staff("vera", "VIEWER"),
                IssuerTokens.client("shop", "checkout:write", "orders:read"))) {
            postAs(notAdmin, "/api/v1/admin/partners", "{\"name\":\"Travel Co\"}")
                    .expectStatus()
                    .isForbidden()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(PROBLEMS + "forbidden")
                    .jsonPath("$.status")
                    .isEqualTo(403)
                    .jsonPath("$.detail")
                    .isEqualTo("The caller is not allowed to do this.");
        }
        verifyNoInteractions(registration);

        when(registration.register(eq("Travel Co"), eq("staff:alice"), any()))
                .thenReturn(new Partner(P1, "Travel Co", CREATED, "staff:alice"));
        postAs(IssuerTokens.staff("alice", "ADMIN"), "/api/v1/admin/partners", "{\"name\":\"Travel Co\"}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.partnerId")
                .isEqualTo("P-0123456789")
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
        web.get()
                .uri("/api/v1/admin/partners/P-0123456789")
                .header("X-Api-Key", "clk_0123456789abcdef_secret")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "forbidden");
        verifyNoInteractions(partners, keys);
    }

    @Test
    void shouldRequireAnAuditReasonForAnAdminChange() {
        web.post()
                .uri("/api/v1/admin/partners")
                .headers(IssuerTokens.staff("alice", "ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Travel Co\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "audit-reason-required")
                .jsonPath("$.detail")
                .isEqualTo("An admin change must say why: send an Audit-Reason header (1-500 characters).");
        verifyNoInteractions(registration);
    }

    @Test
    void shouldShowAnyStaffMemberAPartnerAndItsKeysButNeverASecret() {
        ApiKey revoked = new ApiKey(
                "fedcba9876543210",
                P1,
                Set.of(PartnerScope.CHECKOUT_WRITE),
                10,
                CREATED,
                null,
                null,
                CREATED.plus(Duration.ofHours(1)));
        when(partners.find(P1)).thenReturn(new Partner(P1, "Travel Co", CREATED, "staff:alice"));
        when(keys.ofPartner(P1)).thenReturn(List.of(KEY, revoked));

        getAs(IssuerTokens.staff("vera", "VIEWER"), "/api/v1/admin/partners/P-0123456789")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.partnerId")
                .isEqualTo("P-0123456789")
                .jsonPath("$.keys.length()")
                .isEqualTo(2)
                .jsonPath("$.keys[0].keyId")
                .isEqualTo("0123456789abcdef")
                .jsonPath("$.keys[0].scopes[0]")
                .isEqualTo("orders:read")
                .jsonPath("$.keys[0].requestsPerMinute")
                .isEqualTo(100)
                .jsonPath("$.keys[0].valid")
                .isEqualTo(true)
                .jsonPath("$.keys[1].scopes[0]")
                .isEqualTo("checkout:write")
                .jsonPath("$.keys[1].revokedAt")
                .isEqualTo("2026-11-30T09:00:00Z")
                .jsonPath("$.keys[1].valid")
                .isEqualTo(false)
                .jsonPath("$..apiKey")
                .isEmpty();
        getAs(IssuerTokens.client("shop", "orders:read"), "/api/v1/admin/partners/P-0123456789")
                .expectStatus()
                .isForbidden();
    }

    @Test
    void shouldAnswerAnUnknownPartnerAndTextThatIsNoPartnerIdWithTheSame404() {
        when(partners.find(P1)).thenThrow(new PartnerNotFound());
        for (String path : List.of("/api/v1/admin/partners/P-0123456789", "/api/v1/admin/partners/no such partner")) {
            getAs(IssuerTokens.staff("vera", "VIEWER"), path)
                    .expectStatus()
                    .isNotFound()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(PROBLEMS + "partner-not-found")
                    .jsonPath("$.title")
                    .isEqualTo("Not Found")
                    .jsonPath("$.status")
                    .isEqualTo(404)
                    .jsonPath("$.detail")
                    .isEqualTo("No such partner.");
        }
        postAs(
                        IssuerTokens.staff("alice", "ADMIN"),
                        "/api/v1/admin/partners/x!y/keys/0123456789abcdef/revocation",
                        "{}")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "api-key-not-found")
                .jsonPath("$.detail")
                .isEqualTo("The partner has no such API key.");
        verifyNoInteractions(issuing);
    }

    @Test
    void shouldAnswerTheFieldsARegistrationOrAKeyLacksWithA400Problem() {
        postAs(IssuerTokens.staff("alice", "ADMIN"), "/api/v1/admin/partners", "{\"name\":\" \"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "invalid-request")
                .jsonPath("$.title")
                .isEqualTo("Bad Request")
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.detail")
                .isEqualTo("The request has invalid fields.")
                .jsonPath("$.errors[0].field")
                .isEqualTo("name")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must not be blank");
        postAs(IssuerTokens.staff("alice", "ADMIN"), "/api/v1/admin/partners", "{\"name\":\"" + "n".repeat(201) + "\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("name")
                .jsonPath("$.errors[0].message")
                .isEqualTo("size must be between 0 and 200");
        postAs(
                        IssuerTokens.staff("alice", "ADMIN"),
                        "/api/v1/admin/partners/P-0123456789/keys",
                        "{\"scopes\":[],\"requestsPerMinute\":0}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'scopes')].message")
                .isEqualTo(List.of("must not be empty"))
                .jsonPath("$.errors[?(@.field == 'requestsPerMinute')].message")
                .isEqualTo(List.of("must be greater than or equal to 1"));
        postAs(
                        IssuerTokens.staff("alice", "ADMIN"),
                        "/api/v1/admin/partners/P-0123456789/keys/0123456789abcdef/rotation",
                        "{}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("overlap")
                .jsonPath("$.errors[0].message")
                .isEqualTo("must not be null");
        verifyNoInteractions(registration, issuing);
    }

    @Test
    void shouldAnswerABodyThatIsNotTheEndpointsJsonWithA400Problem() {
        for (String body : List.of("{\"name\":\"x\",\"isAdmin\":true}", "{\"name\":", "[]")) {
            postAs(IssuerTokens.staff("alice", "ADMIN"), "/api/v1/admin/partners", body)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(PROBLEMS + "malformed-request")
                    .jsonPath("$.status")
                    .isEqualTo(400)
                    .jsonPath("$.detail")
                    .isEqualTo("The request body is not valid JSON for this endpoint.");
        }
        postAs(
                        IssuerTokens.staff("alice", "ADMIN"),
                        "/api/v1/admin/partners/P-0123456789/keys/0123456789abcdef/rotation",
                        "{\"overlap\":\"soon\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "malformed-request");
        verifyNoInteractions(registration, issuing);
    }

    @Test
    void shouldIssueAKeyForTheAdminAndShowItsSecretInThatAnswerOnly() {
        when(issuing.issue(any())).thenReturn(new IssuedKey(KEY, "clk_0123456789abcdef_secret"));
        postAs(
                        IssuerTokens.staff("alice", "ADMIN"),
                        "/api/v1/admin/partners/P-0123456789/keys",
                        "{\"scopes\":[\"orders:read\"],\"requestsPerMinute\":100}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.apiKey")
                .isEqualTo("clk_0123456789abcdef_secret")
                .jsonPath("$.key.keyId")
                .isEqualTo("0123456789abcdef")
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
        postAs(
                        IssuerTokens.staff("alice", "ADMIN"),
                        "/api/v1/admin/partners/P-0123456789/keys",
                        "{\"scopes\":[\"repayments:write\"],\"requestsPerMinute\":10}")
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "scope-not-allowed")
                .jsonPath("$.title")
                .isEqualTo("Unprocessable Content")
                .jsonPath("$.status")
                .isEqualTo(422)
                .jsonPath("$.detail")
                .value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .startsWith("A partner key may carry only the scopes [")
                        .contains("checkout:write", "orders:read"));
    }

    @Test
    void shouldAnswerAnOverlapOfMoreThan30DaysWithA400ProblemBeforeLookingForTheKey() {
        for (String partner : List.of("P-0123456789", "no such partner")) {
            postAs(
                            IssuerTokens.staff("alice", "ADMIN"),
                            "/api/v1/admin/partners/" + partner + "/keys/0123456789abcdef/rotation",
                            "{\"overlap\":\"P31D\"}")
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo(PROBLEMS + "invalid-request")
                    .jsonPath("$.detail")
                    .isEqualTo("The overlap lies between 0 and 30 days.");
        }
        verifyNoInteractions(issuing);
    }

    @Test
    void shouldRotateAKeyAndAnswerOneNoLongerValidWithA409Problem() {
        when(issuing.rotate(argThat(r -> r != null && r.keyId().equals("0123456789abcdef"))))
                .thenReturn(new IssuedKey(KEY, "clk_0123456789abcdef_successor"));
        when(issuing.rotate(argThat(r -> r != null && r.keyId().equals("fedcba9876543210"))))
                .thenThrow(new ApiKeyNoLongerValid());

        postAs(IssuerTokens.staff("alice", "ADMIN"), rotation("0123456789abcdef"), "{\"overlap\":\"PT1H\"}")
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.apiKey")
                .isEqualTo("clk_0123456789abcdef_successor")
                .jsonPath("$.key.keyId")
                .isEqualTo("0123456789abcdef");
        verify(issuing)
                .rotate(argThat(r -> r.partnerId().equals(P1)
                        && r.overlap().equals(Duration.ofHours(1))
                        && r.actor().equals("staff:alice")));

        postAs(IssuerTokens.staff("alice", "ADMIN"), rotation("fedcba9876543210"), "{\"overlap\":\"PT0S\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "api-key-no-longer-valid")
                .jsonPath("$.title")
                .isEqualTo("Conflict")
                .jsonPath("$.detail")
                .isEqualTo("The key is revoked or expired; issue a new one instead.");
    }

    @Test
    void shouldRevokeAKeyAndAnswerAnUnknownKeyWithA404Problem() {
        ApiKey revoked = new ApiKey(
                KEY.keyId(), P1, KEY.scopes(), KEY.requestsPerMinute(), CREATED, null, null, CREATED.plusSeconds(60));
        when(issuing.revoke(argThat(r -> r != null && r.keyId().equals("0123456789abcdef"))))
                .thenReturn(revoked);
        when(issuing.revoke(argThat(r -> r != null && r.keyId().equals("fedcba9876543210"))))
                .thenThrow(new ApiKeyNotFound());

        postAs(IssuerTokens.staff("alice", "ADMIN"), revocation("0123456789abcdef"), "{}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keyId")
                .isEqualTo("0123456789abcdef")
                .jsonPath("$.revokedAt")
                .isEqualTo("2026-11-30T08:01:00Z")
                .jsonPath("$.valid")
                .isEqualTo(false);
        postAs(IssuerTokens.staff("alice", "ADMIN"), revocation("fedcba9876543210"), "{}")
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "api-key-not-found");
        postAs(IssuerTokens.staff("olga", "CREDIT_OFFICER"), revocation("0123456789abcdef"), "{}")
                .expectStatus()
                .isForbidden();
    }

    @Test
    void shouldAnswerWhatTheDatabaseRefusesAsTheCallersMistake() {
        when(registration.register(eq("Twice"), any(), any()))
                .thenThrow(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505")));
        when(registration.register(eq("Nul\u0000"), any(), any()))
                .thenThrow(new DataIntegrityViolationException(
                        "invalid byte sequence", new SQLException("invalid byte sequence", "22021")));

        postAs(IssuerTokens.staff("alice", "ADMIN"), "/api/v1/admin/partners", "{\"name\":\"Twice\"}")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "constraint-violated")
                .jsonPath("$.detail")
                .isEqualTo("The request conflicts with data that already exists.");
        postAs(IssuerTokens.staff("alice", "ADMIN"), "/api/v1/admin/partners", "{\"name\":\"Nul\\u0000\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "invalid-request")
                .jsonPath("$.detail")
                .isEqualTo(
                        "A value of the request is out of range, too long or has a character that cannot be stored.");
    }

    private static String rotation(String keyId) {
        return "/api/v1/admin/partners/P-0123456789/keys/" + keyId + "/rotation";
    }

    private static String revocation(String keyId) {
        return "/api/v1/admin/partners/P-0123456789/keys/" + keyId + "/revocation";
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
