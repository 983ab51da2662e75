package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Authorisations at a constant arrival rate ({@code benchmark.constant.rate} per second, which the
 * driver sets to half the maximum the ramp found) for {@code benchmark.constant.seconds}: the
 * latency percentiles a shop sees with headroom left. The rate is reached over {@value
 * #RAMP_IN_SECONDS} s first: the load generator's own JVM starts cold with each simulation, and
 * its first seconds measure its own warm-up; the driver reports the ramp-in apart. The driver also
 * runs it at the maximum with Flight Recorder on, logged as {@code benchmark.constant.log}.
 */
public class AuthorisationConstantSimulation extends Simulation {

    static final double RATE = Workload.number("benchmark.constant.rate", 20);
    static final double SECONDS = Workload.number("benchmark.constant.seconds", 60);
    static final long RAMP_IN_SECONDS = 10;

    /** The request log's name, and the orders' kind: each run of this simulation has its own order ids. */
    static final String LOG = System.getProperty("benchmark.constant.log", "authorisation-constant");

    private final ScenarioBuilder authorisations = scenario("authorisations at half the maximum")
            .exec(feed(Workload.orders(LOG, Workload::anyCustomer, 50, 300)))
            .exec(Workload.authorise());

    {
        setUp(authorisations.injectOpen(
                        rampUsersPerSec(1).to(RATE).during(RAMP_IN_SECONDS),
                        constantUsersPerSec(RATE).during((long) SECONDS)))
                .protocols(Workload.asShop());
    }

    @Override
    public void after() {
        RequestLog.INSTANCE.write(LOG);
    }
}
