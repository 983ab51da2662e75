package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Contention on the same rows: orders arrive at {@code benchmark.hot.rate} per second for
 * {@code benchmark.hot.seconds}, all on a few credit lines ({@code benchmark.hotLines}), each
 * authorised and voided at once, so that holds are placed and released on the same lines by many
 * requests at the same time.
 */
public class HotLinesSimulation extends Simulation {

    static final double RATE = Workload.number("benchmark.hot.rate", 30);
    static final double SECONDS = Workload.number("benchmark.hot.seconds", 45);

    private final ScenarioBuilder hotLines = scenario("hot lines: authorise and void")
            .exec(feed(Workload.orders("hot", Workload::anyHotLine, 10, 60)))
            .exec(Workload.authorise())
            .exec(Workload.voidOrder());

    {
        setUp(hotLines.injectOpen(constantUsersPerSec(RATE).during((long) SECONDS)))
                .protocols(Workload.asShop());
    }

    @Override
    public void after() {
        RequestLog.INSTANCE.write("hot-lines");
    }
}
