package com.creditline.gateway.audit;

import com.creditline.common.security.AuditReason;
import com.creditline.common.security.Caller;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.web.CorrelationId;
import com.creditline.gateway.Blocking;
import com.creditline.gateway.ProblemWriter;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every admin request that may change something (not GET or HEAD) must say why in the
 * {@code Audit-Reason} header, and is written to the audit log before it is forwarded: so there is
 * no change without a record, even if the gateway dies before the answer. The answer's status is
 * added to the record when it comes. What exactly changed is in the owning service's own history
 * (a line's changes, for example), joined by the correlation id. A reason a header cannot carry
 * as it is (Chinese, from the operations console) comes as RFC 8187's {@code UTF-8''} followed by
 * the percent-encoded text, and is recorded decoded. Part of the security filter chain only.
 */
public class AdminAudit implements WebFilter {

    public static final String REASON = "Audit-Reason";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog log;
    private final ProblemWriter problems;
    private final BusinessClock clock;

    public AdminAudit(AuditLog log, ProblemWriter problems, BusinessClock clock) {
        this.log = log;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        String method = exchange.getRequest().getMethod().name();
        if (!path.startsWith("/api/v1/admin/") || READS.contains(method)) {
            return chain.filter(exchange);
        }
        String reason = decoded(exchange.getRequest().getHeaders().getFirst(REASON));
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            return problems.write(
                    exchange,
                    ProblemWriter.problem(
                            HttpStatus.BAD_REQUEST,
                            "audit-reason-required",
                            "An admin change must say why: send an Audit-Reason header (1-500 characters)."));
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Authentication::getPrincipal)
                .cast(Caller.class)
                .flatMap(caller -> Blocking.call(() -> log.opened(new AdminRequest(
                        clock.now(),
                        caller.actor(),
                        String.join(",", new TreeSet<>(caller.roles())),
                        method,
                        path,
                        reason.strip(),
                        exchange.getAttribute(CorrelationId.MDC_KEY)))))
                .flatMap(auditId -> {
                    exchange.getResponse()
                            .beforeCommit(() -> Blocking.call(() -> {
                                        log.closed(auditId, statusOf(exchange));
                                        return auditId;
                                    })
                                    .then());
                    return chain.filter(exchange);
                });
    }

    /** The reason as written (see {@link AuditReason}). */
    static String decoded(String header) {
        return AuditReason.decoded(header);
    }

    private static int statusOf(ServerWebExchange exchange) {
        var status = exchange.getResponse().getStatusCode();
        return status == null ? 200 : status.value();
    }
}
