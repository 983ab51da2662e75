package com.creditline.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole platform, started once for all end-to-end tests of this JVM (it takes about 40 s on
 * two cores) on any free ports and a throwaway data folder, and stopped when the JVM exits. Its
 * services export their spans to a {@link TraceReceiver} in this JVM (see {@code TraceIT}).
 */
final class TestPlatform {

    static final Path PROJECT = Path.of(System.getProperty("user.dir")).getParent();

    private static Platform platform;
    private static TraceReceiver traces;

    private TestPlatform() {}

    static synchronized Platform get() throws Exception {
        if (platform == null) {
            Path data = Files.createTempDirectory("platform-it");
            traces = TraceReceiver.start();
            PlatformSettings settings = PlatformSettings.isolated(PROJECT, data)
                    .withArguments(List.of(
                            "--management.opentelemetry.tracing.export.otlp.endpoint=" + traces.endpoint(),
                            // Spans reach the receiver within a second or so, not the default 5 s.
                            "--management.opentelemetry.tracing.export.schedule-delay=500ms"));
            platform = Platform.start(settings, line -> System.out.println("[platform-it] " + line));
            System.out.printf(
                    "[platform-it] ready in %.1f s, %d MB resident%n",
                    platform.startupTime().toMillis() / 1000.0, platform.residentBytes() / (1024 * 1024));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform;
    }

    /** The spans the platform's services exported (the platform must have been started). */
    static synchronized TraceReceiver traces() {
        if (traces == null) {
            throw new IllegalStateException("the platform is not started: call TestPlatform.get() first");
        }
        return traces;
    }
}
