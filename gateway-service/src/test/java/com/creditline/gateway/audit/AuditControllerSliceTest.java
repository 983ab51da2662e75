package com.creditline.gateway.audit;

import static com.creditline.gateway.ProblemAnswers.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.creditline.gateway.GatewayWebSlice;
import com.creditline.gateway.localissuer.IssuerTokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The audit log's endpoint alone: only admins read it, newest first as the log gives it, with the
 * limit kept between 1 and 1,000. The log itself (a mock here) is written and read on the real
 * database in {@code GatewayAccessTest}.
 */
@GatewayWebSlice(AuditController.class)
class AuditControllerSliceTest {

    @Autowired
    WebTestClient web;

    @Autowired
    AuditLog log;

    @Test
    void shouldLetOnlyAnAdminReadTheAuditLog() {
        problem(web.get().uri("/api/v1/admin/audit").exchange(), HttpStatus.UNAUTHORIZED, "unauthenticated");
        for (var notAdmin : List.of(
                IssuerTokens.staff("vera", "VIEWER"),
                IssuerTokens.staff("olga", "CREDIT_OFFICER"),
                IssuerTokens.client("shop", "orders:read"))) {
            problem(
                    web.get().uri("/api/v1/admin/audit").headers(notAdmin).exchange(),
                    HttpStatus.FORBIDDEN,
                    "forbidden");
        }
        verifyNoInteractions(log);
    }

    @Test
    void shouldShowTheAdminTheLatestEntriesWithWhoWhatWhyAndHowEachEnded() {
        when(log.search(all(100)))
                .thenReturn(List.of(
                        new AuditLog.Entry(
                                8,
                                Instant.parse("2026-11-30T08:00:00Z"),
                                "staff:alice",
                                "ADMIN",
                                "POST",
                                "/api/v1/admin/partners",
                                "onboarding",
                                "corr-8",
                                201),
                        new AuditLog.Entry(
                                7,
                                Instant.parse("2026-11-30T07:00:00Z"),
                                "staff:olga",
                                "CREDIT_OFFICER",
                                "PUT",
                                "/api/v1/admin/credit-accounts/c-1/limit",
                                "raise",
                                null,
                                null)));

        web.get()
                .uri("/api/v1/admin/audit")
                .headers(IssuerTokens.staff("alice", "ADMIN"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].auditId")
                .isEqualTo(8)
                .jsonPath("$[0].at")
                .isEqualTo("2026-11-30T08:00:00Z")
                .jsonPath("$[0].actor")
                .isEqualTo("staff:alice")
                .jsonPath("$[0].roles")
                .isEqualTo("ADMIN")
                .jsonPath("$[0].method")
                .isEqualTo("POST")
                .jsonPath("$[0].path")
                .isEqualTo("/api/v1/admin/partners")
                .jsonPath("$[0].reason")
                .isEqualTo("onboarding")
                .jsonPath("$[0].correlationId")
                .isEqualTo("corr-8")
                .jsonPath("$[0].status")
                .isEqualTo(201)
                .jsonPath("$[1].status")
                .isEmpty();
    }

    @Test
    void shouldKeepTheLimitBetweenOneAndAThousandAndFilterByActor() {
        when(log.search(any())).thenReturn(List.of());

        web.get()
                .uri("/api/v1/admin/audit?actor=staff:olga&limit=5000")
                .headers(IssuerTokens.staff("alice", "ADMIN"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$")
                .isEmpty();
        web.get()
                .uri("/api/v1/admin/audit?limit=-3")
                .headers(IssuerTokens.staff("alice", "ADMIN"))
                .exchange()
                .expectStatus()
                .isOk();
        verify(log).search(new AuditSearch("staff:olga", null, null, null, null, null, 1000));
        verify(log).search(all(1));
    }

    @Test
    void shouldAnswerALimitThatIsNoNumberWithA400Problem() {
        problem(
                web.get()
                        .uri("/api/v1/admin/audit?limit=many")
                        .headers(IssuerTokens.staff("alice", "ADMIN"))
                        .exchange(),
                HttpStatus.BAD_REQUEST,
                "malformed-request");
        verifyNoInteractions(log);
    }

    @Test
    void shouldPassEveryFilterToTheLog() {
        when(log.search(any())).thenReturn(List.of());

        web.get()
                .uri("/api/v1/admin/audit?actor=alice&method=put&path=/limit&reason=raise"
                        + "&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z&limit=20")
                .headers(IssuerTokens.staff("alice", "ADMIN"))
                .exchange()
                .expectStatus()
                .isOk();

        verify(log)
                .search(new AuditSearch(
                        "alice",
                        "PUT",
                        "/limit",
                        "raise",
                        Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-12-02T00:00:00Z"),
                        20));
    }

    @Test
    void shouldAnswerAFilterThatCannotMatchWithA400Problem() {
        for (String bad : List.of(
                "method=GET",
                "method=FETCH",
                "from=2026-12-01",
                "to=tomorrow",
                "from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                "reason=" + "x".repeat(501))) {
            problem(
                    web.get()
                            .uri("/api/v1/admin/audit?" + bad)
                            .headers(IssuerTokens.staff("alice", "ADMIN"))
                            .exchange(),
                    HttpStatus.BAD_REQUEST,
                    "invalid-request");
        }
        verifyNoInteractions(log);
    }

    private static AuditSearch all(int limit) {
        return new AuditSearch(null, null, null, null, null, null, limit);
    }
}
