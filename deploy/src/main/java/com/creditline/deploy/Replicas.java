package com.creditline.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The second replica of each backend service that {@link Platform#scaleOut()} started, beside the
 * first ones, with the gateway balancing over both. Closing stops these replicas and puts the
 * gateway back on the first ones.
 */
public final class Replicas implements AutoCloseable {

    private final Platform platform;
    private final Map<Service, ServiceProcess> second;

    Replicas(Platform platform, Map<Service, ServiceProcess> second) {
        this.platform = platform;
        this.second = second;
    }

    /** The second replica's base URL, by the service's short name (checkout, repayment, ...). */
    public String url(String shortName) {
        return process(shortName).url();
    }

    /** Kills the second replica of a service at once (SIGKILL), mid-request if need be. */
    public void kill(String shortName) {
        process(shortName).kill();
    }

    private ServiceProcess process(String shortName) {
        return second.values().stream()
                .filter(p -> p.service.shortName.equals(shortName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no second replica of " + shortName));
    }

    @Override
    public void close() throws Exception {
        second.values().parallelStream().forEach(p -> p.stop(Duration.ofSeconds(25)));
        platform.restartGateway(List.of());
    }
}
