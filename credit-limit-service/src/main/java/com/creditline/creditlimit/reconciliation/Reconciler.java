package com.creditline.creditlimit.reconciliation;

import com.creditline.common.id.CustomerId;
import com.creditline.common.security.ServiceTokens;
import com.creditline.common.time.BusinessClock;
import com.creditline.common.web.PeerClients;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Runs the reconciliation: reads the line's figures from its own schema and the others' through
 * their internal APIs, compares them, reports every difference with its likely cause, and keeps
 * the count in the {@code reconciliation.differences} gauge. Runs every 10 minutes and on demand.
 * The peers' internal endpoints answer only a peer service's token, which the clients add.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    record Report(Instant checkedAt, int customers, List<Difference> differences) {}

    private record LedgerTotals(CustomerId customerId, BigDecimal outstandingPrincipal, int plans) {}

    private record OrderTotals(CustomerId customerId, BigDecimal stillHeld, int plans) {}

    private final JdbcTemplate jdbc;
    private final BusinessClock clock;
    private final RestClient repayment;
    private final RestClient checkout;
    private final AtomicInteger lastDifferences = new AtomicInteger();

    Reconciler(
            JdbcTemplate jdbc,
            BusinessClock clock,
            @Value("${creditline.services.repayment-url}") String repaymentUrl,
            @Value("${creditline.services.checkout-url}") String checkoutUrl,
            ServiceTokens serviceTokens,
            RestClient.Builder restClients,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.repayment = peer(restClients, repaymentUrl, serviceTokens);
        this.checkout = peer(restClients, checkoutUrl, serviceTokens);
        meters.gauge("reconciliation.differences", lastDifferences);
    }

    private static RestClient peer(RestClient.Builder restClients, String baseUrl, ServiceTokens serviceTokens) {
        return PeerClients.to(restClients, baseUrl, serviceTokens, Duration.ofSeconds(2), Duration.ofSeconds(30))
                .build();
    }

    Report run() {
        Map<CustomerId, Reconciliation.Line> lines = jdbc
                .query(
                        "SELECT customer_id, outstanding, held FROM credit_account",
                        (rs, i) -> Map.entry(
                                CustomerId.of(rs.getString(1)),
                                new Reconciliation.Line(rs.getBigDecimal(2), rs.getBigDecimal(3))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<LedgerTotals> ledger = repayment
                .get()
                .uri("/internal/v1/reconciliation/ledger-totals")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        List<OrderTotals> orders = checkout.get()
                .uri("/internal/v1/reconciliation/order-totals")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        List<Difference> differences = Reconciliation.compare(
                lines,
                ledger.stream()
                        .collect(Collectors.toMap(
                                LedgerTotals::customerId,
                                l -> new Reconciliation.Ledger(l.outstandingPrincipal(), l.plans()))),
                orders.stream()
                        .collect(Collectors.toMap(
                                OrderTotals::customerId, o -> new Reconciliation.Orders(o.stillHeld(), o.plans()))));
        lastDifferences.set(differences.size());
        return new Report(clock.now(), lines.size(), differences);
    }

    @Scheduled(fixedDelayString = "${creditline.reconciliation.interval:10m}", initialDelay = 60_000)
    @SchedulerLock(
            name = "reconciliation",
            lockAtLeastFor = "${creditline.reconciliation.interval:10m}",
            lockAtMostFor = "1h")
    void runOnSchedule() {
        try {
            Report report = run();
            if (report.differences().isEmpty()) {
                log.info("reconciliation: {} customers, no difference", report.customers());
            } else {
                log.warn(
                        "reconciliation: {} difference(s) over {} customers",
                        report.differences().size(),
                        report.customers());
            }
        } catch (RuntimeException e) {
            log.warn("reconciliation could not run: {}", e.toString());
        }
    }
}
