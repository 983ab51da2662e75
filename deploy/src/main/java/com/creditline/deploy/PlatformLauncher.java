package com.creditline.deploy;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the local platform and keeps it running until Ctrl-C, then stops everything cleanly.
 *
 * <pre>
 * java -jar deploy/target/deploy.jar [--project-dir=.] [--data-dir=.data] [--gateway-port=8080]
 *     [--postgres-port=15432] [--kafka-port=19092] [--jvm-opts="-Xmx256m ..."]
 * java -jar deploy/target/deploy.jar demo [--gateway=http://localhost:8080]
 * java -jar deploy/target/deploy.jar train-startup-cache [--project-dir=.]
 * </pre>
 */
public final class PlatformLauncher {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private PlatformLauncher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("demo")) {
            String gateway = option(args, "gateway", "http://localhost:8080");
            say("telling one customer's story through " + gateway);
            new CustomerStory(gateway, System.out::println).tell();
            say("a cash draw from the line (Jintiao-style)");
            new CashDrawStory(gateway, System.out::println).tell();
            say("a merchant loan against sales (Jingxiaodai-style)");
            new MerchantLoanStory(gateway, System.out::println).tell();
            say("done");
            return;
        }
        if (args.length > 0 && args[0].equals("train-startup-cache")) {
            StartupCache.prepare(parse(args), PlatformLauncher::say);
            return;
        }
        PlatformSettings settings = parse(args);
        say("starting the platform from " + settings.projectDirectory().toAbsolutePath() + " ("
                + StartupCache.servicesWithCache(settings) + " of " + Service.values().length
                + " services with a current start-up cache)");
        Platform platform = Platform.start(settings, PlatformLauncher::say);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            say("stopping the platform...");
                            platform.close();
                            say("stopped; no process left behind");
                            stopped.countDown();
                        },
                        "platform-shutdown"));
        say(String.format(
                "ready in %.1f s, %d MB resident in total (PostgreSQL, Kafka and six services)",
                platform.startupTime().toMillis() / 1000.0, platform.residentBytes() / (1024 * 1024)));
        System.out.println();
        System.out.println("  Gateway: " + platform.gatewayUrl());
        System.out.println("  Try:     curl " + platform.gatewayUrl() + "/services/credit-limit/health");
        System.out.println("  Stop:    Ctrl-C");
        System.out.println();
        stopped.await();
    }

    static PlatformSettings parse(String[] args) {
        PlatformSettings d = PlatformSettings.local(Path.of(option(args, "project-dir", ".")));
        Path dataDirectory = Path.of(option(args, "data-dir", d.dataDirectory().toString()));
        String jvmOptions = option(args, "jvm-opts", null);
        List<String> jvm = jvmOptions == null
                ? d.jvmOptions()
                : new ArrayList<>(Arrays.asList(jvmOptions.trim().split("\\s+")));
        return new PlatformSettings(
                d.projectDirectory(),
                dataDirectory,
                Integer.parseInt(option(args, "gateway-port", Integer.toString(d.gatewayPort()))),
                Integer.parseInt(option(args, "postgres-port", Integer.toString(d.postgresPort()))),
                Integer.parseInt(option(args, "kafka-port", Integer.toString(d.kafkaPort()))),
                true,
                jvm,
                d.extraArguments(),
                d.readyTimeout());
    }

    private static String option(String[] args, String name, String fallback) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }

    private static void say(String message) {
        System.out.println("[platform " + LocalTime.now().format(TIME) + "] " + message);
    }
}
