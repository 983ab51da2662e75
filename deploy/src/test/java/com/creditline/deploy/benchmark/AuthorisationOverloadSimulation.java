package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A flash sale: authorisations offered at {@code benchmark.overload.rate} per second (the driver
 * sets twice the maximum the ramp found) for {@code benchmark.overload.seconds}, then at once at
 * {@code benchmark.overload.afterRate} (half the maximum) for {@code benchmark.overload.afterSeconds}.
 * The driver splits the requests at the change of rate: how many were answered, how many refused
 * (and how fast), and whether the platform answered normally again as soon as the rush was over.
 */
public class AuthorisationOverloadSimulation extends Simulation {

    static final double RATE = Workload.number("benchmark.overload.rate", 40);
    static final double SECONDS = Workload.number("benchmark.overload.seconds", 60);
    static final double AFTER_RATE = Workload.number("benchmark.overload.afterRate", 10);
    static final double AFTER_SECONDS = Workload.number("benchmark.overload.afterSeconds", 20);

    private final ScenarioBuilder authorisations = scenario("a flash sale, then ordinary trade")
            .exec(feed(Workload.orders("overload", Workload::anyCustomer, 50, 300)))
            .exec(Workload.authorise());

    {
        setUp(authorisations.injectOpen(
                        constantUsersPerSec(RATE).during((long) SECONDS),
                        constantUsersPerSec(AFTER_RATE).during((long) AFTER_SECONDS)))
                .protocols(Workload.asShop());
    }

    @Override
    public void after() {
        RequestLog.INSTANCE.write("authorisation-overload");
    }
}
