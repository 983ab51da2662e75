package com.creditline.deploy.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * A day at the shop, across all seeded customers: shoppers quote, authorise, capture into a plan
 * and look at their order (40% of journeys); customers look at their line and plans (30%) or pay
 * towards a plan (20%); a partner platform quotes, authorises and captures for customers linked to
 * it with its API key (10%). An open model: journeys arrive at {@code benchmark.mix.rate} per
 * second (after a 10 s ramp) for {@code benchmark.mix.seconds}.
 */
public class MixSimulation extends Simulation {

    static final double RATE = Workload.number("benchmark.mix.rate", 20);
    static final double SECONDS = Workload.number("benchmark.mix.seconds", 60);

    private final ScenarioBuilder shopper = scenario("shop checkout")
            .exec(feed(Workload.orders("mix", Workload::anyCustomer, 100, 900)))
            .exec(Workload.quote())
            .exec(Workload.authorise())
            .exec(Workload.capture())
            .exec(Workload.rememberCaptured())
            .exec(Workload.readOrder());

    private final ScenarioBuilder reader = scenario("customer reads")
            .exec(feed(Workload.orders("read", Workload::anyCustomer, 1, 1)))
            .exec(Workload.readCreditAccount())
            .exec(Workload.readPlans());

    private final ScenarioBuilder payer = scenario("repayment")
            .exec(feed(Workload.orders("pay", Workload::capturedCustomer, 1, 1)))
            .exec(Workload.readPlans())
            .exec(doIf(session -> session.contains("planId")).then(Workload.repay()));

    private final ScenarioBuilder partner = scenario("partner checkout")
            .exec(feed(Workload.orders("partner", Workload::linkedCustomer, 100, 900)))
            .exec(Workload.quote())
            .exec(Workload.authorise())
            .exec(Workload.capture())
            .exec(Workload.readOrder());

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(arrivals(shopper, Workload.hasPartner() ? 0.4 : 0.5).protocols(Workload.asShop()));
        populations.add(arrivals(reader, 0.3).protocols(Workload.asShop()));
        populations.add(arrivals(payer, 0.2).protocols(Workload.asShop()));
        if (Workload.hasPartner()) {
            populations.add(arrivals(partner, 0.1).protocols(Workload.asPartner()));
        }
        setUp(populations);
    }

    private static PopulationBuilder arrivals(ScenarioBuilder scenario, double share) {
        double rate = RATE * share;
        return scenario.injectOpen(
                rampUsersPerSec(0).to(rate).during(10),
                constantUsersPerSec(rate).during((long) SECONDS));
    }

    @Override
    public void after() {
        RequestLog.INSTANCE.write("mix");
    }
}
