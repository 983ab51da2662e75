package com.creditline.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the platform runs from and keeps its data, and its ports: a port of 0 means any free
 * port, and a preferred port that is taken is replaced by a free one.
 */
public record PlatformSettings(
        Path projectDirectory,
        Path dataDirectory,
        int gatewayPort,
        int postgresPort,
        int kafkaPort,
        boolean defaultServicePorts,
        List<String> jvmOptions,
        List<String> extraArguments,
        Duration readyTimeout) {

    /**
     * The default JVM options of each service: small heaps, quick start. The metaspace cap also
     * bounds the room the JVM has for writing a service's start-up cache (StartupCache): a backend's
     * classes did not fit under a lower cap.
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Xms32m",
            "-Xmx192m",
            "-Xss512k",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.security.egd=file:/dev/./urandom");

    /** On this local platform partners' webhook endpoints may be plain http (a receiver on localhost). */
    static final String LOCAL_WEBHOOKS = "--creditline.webhooks.allow-plain-http=true";

    /** The same settings with more arguments for every service (a trace collector, for instance). */
    public PlatformSettings withArguments(List<String> more) {
        List<String> arguments = new ArrayList<>(extraArguments);
        arguments.addAll(more);
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                gatewayPort,
                postgresPort,
                kafkaPort,
                defaultServicePorts,
                jvmOptions,
                List.copyOf(arguments),
                readyTimeout);
    }

    public static PlatformSettings local(Path projectDirectory) {
        return new PlatformSettings(
                projectDirectory,
                projectDirectory.resolve(".data"),
                8080,
                15432,
                19092,
                true,
                SERVICE_JVM_OPTIONS,
                List.of(LOCAL_WEBHOOKS),
                Duration.ofMinutes(4));
    }

    /**
     * Any free ports and a throwaway data folder, and recovery jobs that act within seconds
     * instead of a minute (and the behaviour score and the raise dating looking for work every 3 s,
     * and an Idempotency-Key left in flight by a killed replica free again after 15 s): for tests.
     */
    public static PlatformSettings isolated(Path projectDirectory, Path dataDirectory) {
        return new PlatformSettings(
                projectDirectory,
                dataDirectory,
                0,
                0,
                0,
                false,
                SERVICE_JVM_OPTIONS,
                List.of(
                        "--creditline.recovery.older-than=5s",
                        "--creditline.recovery.interval=2s",
                        "--creditline.risk.behaviour.every=3s",
                        "--creditline.credit-line.raise-check-interval=3s",
                        "--creditline.idempotency.abandoned-after=15s",
                        LOCAL_WEBHOOKS),
                Duration.ofMinutes(4));
    }
}
