package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Authorisations at a constant arrival rate ({@code benchmark.constant.rate} per second, which the
 * driver sets to half the maximum the ramp found) for {@code benchmark.constant.seconds}: the
 * latency percentiles a shop sees with headroom left.
 */
public class AuthorisationConstantSimulation extends Simulation {

    static final double RATE = Workload.number("benchmark.constant.rate", 20);
    static final double SECONDS = Workload.number("benchmark.constant.seconds", 60);

    private final ScenarioBuilder authorisations = scenario("authorisations at half the maximum")
            .exec(feed(Workload.orders("constant", Workload::anyCustomer, 50, 300)))
            .exec(Workload.authorise());

    {
        setUp(authorisations.injectOpen(constantUsersPerSec(RATE).during((long) SECONDS)))
                .protocols(Workload.asShop());
    }

    @Override
    public void after() {
        RequestLog.INSTANCE.write("authorisation-constant");
    }
}
