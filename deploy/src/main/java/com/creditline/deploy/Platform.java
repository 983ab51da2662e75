package com.creditline.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole platform on one machine: PostgreSQL, Kafka, the five services and the gateway. Start
 * returns once every service answers its readiness probe; close stops them all, the gateway first
 * and the database last.
 */
public final class Platform implements AutoCloseable {

    private final PlatformSettings settings;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private final int kafkaPort;
    private final Map<Service, ServiceProcess> services;
    private final Map<Service, List<String>> arguments;
    private final Duration startupTime;

    private Platform(
            PlatformSettings settings,
            PostgresServer postgres,
            KafkaBroker kafka,
            Map<Service, ServiceProcess> services,
            Map<Service, List<String>> arguments,
            Duration startupTime) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaPort = kafka == null ? 0 : kafka.port();
        this.services = services;
        this.arguments = arguments;
        this.startupTime = startupTime;
    }

    public static Platform start(PlatformSettings settings, Consumer<String> progress) throws Exception {
        long started = System.nanoTime();
        Path data = settings.dataDirectory();
        PostgresServer postgres =
                PostgresServer.start(data.resolve("postgres"), Ports.preferred(settings.postgresPort()));
        progress.accept("PostgreSQL ready on port " + postgres.port() + " (data in " + data.resolve("postgres") + ")");
        KafkaBroker kafka = null;
        Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
        Map<Service, List<String>> arguments = new EnumMap<>(Service.class);
        try {
            kafka = KafkaBroker.start(data.resolve("kafka"), Ports.preferred(settings.kafkaPort()));
            progress.accept("Kafka (KRaft) ready at " + kafka.bootstrapServers());
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                int preferred = service == Service.GATEWAY ? settings.gatewayPort() : service.defaultPort;
                ports.put(
                        service,
                        Ports.preferred(settings.defaultServicePorts() || service == Service.GATEWAY ? preferred : 0));
            }
            for (Service service : Service.values()) {
                List<String> own = new ArrayList<>(serviceUrls(ports));
                if (service.schema != null) {
                    own.addAll(backendArguments(service, postgres, kafka));
                }
                own.addAll(settings.extraArguments());
                arguments.put(service, own);
                services.put(
                        service,
                        ServiceProcess.start(
                                service,
                                jar(settings, service),
                                ports.get(service),
                                settings.jvmOptions(),
                                own,
                                data.resolve("logs")));
            }
            progress.accept("started " + services.size() + " services; logs in " + data.resolve("logs"));
            awaitReady(services, settings.readyTimeout(), progress);
            return new Platform(
                    settings, postgres, kafka, services, arguments, Duration.ofNanos(System.nanoTime() - started));
        } catch (Exception | Error e) {
            new Platform(settings, postgres, kafka, services, arguments, Duration.ZERO).close();
            throw e;
        }
    }

    static Path jar(PlatformSettings settings, Service service) {
        return settings.projectDirectory()
                .resolve(service.module)
                .resolve("target")
                .resolve(service.module + ".jar");
    }

    static List<String> backendArguments(Service service, PostgresServer postgres, KafkaBroker kafka) {
        return List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + service.schema,
                "--spring.datasource.password=" + service.schema,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
    }

    /** Every service learns where the others listen (the gateway routes to them, checkout calls credit-limit). */
    private static List<String> serviceUrls(Map<Service, Integer> ports) {
        return Service.backends().stream()
                .map(s -> "--" + s.urlVariable + "=http://localhost:" + ports.get(s))
                .toList();
    }

    private static void awaitReady(Map<Service, ServiceProcess> services, Duration timeout, Consumer<String> progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services.values());
        while (!waiting.isEmpty()) {
            for (ServiceProcess process : List.copyOf(waiting)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            process.service.module + " stopped while starting; see " + process.log);
                }
                if (process.isReady()) {
                    waiting.remove(process);
                    progress.accept(process.service.module + " ready on port " + process.port);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: "
                        + waiting.stream().map(p -> p.service.module).toList());
            }
            Thread.sleep(250);
        }
    }

    /** Stops the Kafka broker (a fault): services keep running and their outboxes fill up. */
    public synchronized void stopKafka() {
        kafka.close();
        kafka = null;
    }

    /** Starts the broker again on the same port and data folder. */
    public synchronized void startKafka() throws Exception {
        kafka = KafkaBroker.start(settings.dataDirectory().resolve("kafka"), kafkaPort);
    }

    /** Stops PostgreSQL and starts it again on the same port and data folder (a fault). */
    public synchronized void restartPostgres(Duration down) throws Exception {
        int port = postgres.port();
        postgres.close();
        Thread.sleep(down.toMillis());
        postgres = PostgresServer.start(settings.dataDirectory().resolve("postgres"), port);
    }

    /** Kills a service's JVM at once (SIGKILL), whatever it is doing (a fault). */
    public synchronized void kill(String shortName) {
        process(shortName).kill();
    }

    /** Starts a killed service again on its port with its arguments, and waits until it is ready. */
    public synchronized void restart(String shortName) throws Exception {
        ServiceProcess old = process(shortName);
        Service service = old.service;
        ServiceProcess fresh = ServiceProcess.start(
                service,
                jar(settings, service),
                old.port,
                settings.jvmOptions(),
                arguments.get(service),
                settings.dataDirectory().resolve("logs"));
        services.put(service, fresh);
        awaitReady(Map.of(service, fresh), settings.readyTimeout(), line -> {});
    }

    /**
     * Starts one more replica of a running service: the same jar and arguments (so the same schema
     * and broker), on a free port, logging under {@code logs/replicas}. Waits until it is ready; the
     * caller stops it. The gateway keeps routing to the first one.
     */
    synchronized ServiceProcess startReplica(String shortName) throws Exception {
        Service service = process(shortName).service;
        return startReplicas(List.of(service)).get(service);
    }

    /**
     * A second replica of every backend service, and the gateway restarted to balance each route
     * over both (round robin, passing over a replica that refuses the connection). Closing the
     * returned replicas stops them and puts the gateway back on the first ones alone.
     */
    public synchronized Replicas scaleOut() throws Exception {
        Map<Service, ServiceProcess> second = startReplicas(Service.backends());
        try {
            List<String> balanced = new ArrayList<>();
            for (Service service : Service.backends()) {
                balanced.add(instance(service, 0, services.get(service)));
                balanced.add(instance(service, 1, second.get(service)));
            }
            restartGateway(balanced);
        } catch (Exception | Error e) {
            second.values().forEach(p -> p.stop(Duration.ofSeconds(10)));
            throw e;
        }
        return new Replicas(this, second);
    }

    /** The gateway's address of one replica, as its discovery list takes it. */
    private static String instance(Service service, int index, ServiceProcess replica) {
        return "--spring.cloud.discovery.client.simple.instances." + service.shortName + "[" + index + "].uri="
                + replica.url();
    }

    private Map<Service, ServiceProcess> startReplicas(List<Service> wanted) throws Exception {
        Map<Service, ServiceProcess> started = new EnumMap<>(Service.class);
        try {
            for (Service service : wanted) {
                started.put(
                        service,
                        ServiceProcess.start(
                                service,
                                jar(settings, service),
                                Ports.preferred(0),
                                settings.jvmOptions(),
                                arguments.get(service),
                                settings.dataDirectory().resolve("logs").resolve("replicas")));
            }
            awaitReady(started, settings.readyTimeout(), line -> {});
            return started;
        } catch (Exception | Error e) {
            started.values().forEach(p -> p.stop(Duration.ofSeconds(10)));
            throw e;
        }
    }

    /** Stops the gateway and starts it again on its port with its arguments and these. */
    synchronized void restartGateway(List<String> extraArguments) throws Exception {
        ServiceProcess old = services.get(Service.GATEWAY);
        old.stop(Duration.ofSeconds(15));
        List<String> own = new ArrayList<>(arguments.get(Service.GATEWAY));
        own.addAll(extraArguments);
        ServiceProcess fresh = ServiceProcess.start(
                Service.GATEWAY,
                jar(settings, Service.GATEWAY),
                old.port,
                settings.jvmOptions(),
                own,
                settings.dataDirectory().resolve("logs"));
        services.put(Service.GATEWAY, fresh);
        awaitReady(Map.of(Service.GATEWAY, fresh), settings.readyTimeout(), line -> {});
    }

    private ServiceProcess process(String shortName) {
        return services.values().stream()
                .filter(p -> p.service.shortName.equals(shortName))
                .findFirst()
                .orElseThrow();
    }

    public String gatewayUrl() {
        return services.get(Service.GATEWAY).url();
    }

    /** The base URL of a service by its short name (credit-limit, checkout, repayment, ...). */
    public String serviceUrl(String shortName) {
        return process(shortName).url();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Resident memory of this process (PostgreSQL's and the services' included). */
    public long residentBytes() {
        return Memory.residentBytesWithChildren(ProcessHandle.current());
    }

    @Override
    public void close() {
        ServiceProcess gateway = services.remove(Service.GATEWAY);
        if (gateway != null) {
            gateway.stop(Duration.ofSeconds(15));
        }
        services.values().parallelStream().forEach(p -> p.stop(Duration.ofSeconds(25)));
        services.clear();
        if (kafka != null) {
            kafka.close();
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (java.io.IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
