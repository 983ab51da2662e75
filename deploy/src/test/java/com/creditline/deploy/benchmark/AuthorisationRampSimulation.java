package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * The authorisation capacity: an open model whose arrival rate climbs in levels ({@code
 * benchmark.ramp.from} per second, then {@code benchmark.ramp.step} more each level, {@code
 * benchmark.ramp.levels} levels of {@code benchmark.ramp.levelSeconds} seconds with a 3 s ramp
 * between them), each arrival one authorisation of a random seeded customer through the gateway.
 * It stops by itself once the platform is clearly past its limit (errors or latency running away,
 * see {@link RequestLog#runaway()}); the driver finds the highest level it sustained.
 */
public class AuthorisationRampSimulation extends Simulation {

    static final double FROM = Workload.number("benchmark.ramp.from", 20);
    static final double STEP = Workload.number("benchmark.ramp.step", 20);
    static final int LEVELS = (int) Workload.number("benchmark.ramp.levels", 10);
    static final long LEVEL_SECONDS = (long) Workload.number("benchmark.ramp.levelSeconds", 15);
    static final long RAMP_SECONDS = 3;

    private final ScenarioBuilder authorisations = scenario("authorisation ramp")
            .exec(feed(Workload.orders("ramp", Workload::anyCustomer, 50, 300)))
            .exec(Workload.authorise())
            .exec(exec(stopLoadGeneratorIf(
                    "the platform is past its limit: errors or latency ran away",
                    session -> RequestLog.INSTANCE.runaway())));

    {
        List<OpenInjectionStep> steps = new ArrayList<>();
        double previous = 1;
        for (int level = 0; level < LEVELS; level++) {
            double rate = FROM + level * STEP;
            steps.add(rampUsersPerSec(previous).to(rate).during(RAMP_SECONDS));
            steps.add(constantUsersPerSec(rate).during(LEVEL_SECONDS));
            previous = rate;
        }
        setUp(authorisations.injectOpen(steps)).protocols(Workload.asShop());
    }

    @Override
    public void after() {
        RequestLog.INSTANCE.write("authorisation-ramp");
    }
}
