package com.creditline.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole platform, started once for all end-to-end tests of this JVM (it takes about 40 s on
 * two cores) on any free ports and a throwaway data folder, and stopped when the JVM exits.
 */
final class TestPlatform {

    static final Path PROJECT = Path.of(System.getProperty("user.dir")).getParent();

    private static Platform platform;

    private TestPlatform() {}

    static synchronized Platform get() throws Exception {
        if (platform == null) {
            Path data = Files.createTempDirectory("platform-it");
            platform = Platform.start(
                    PlatformSettings.isolated(PROJECT, data), line -> System.out.println("[platform-it] " + line));
            System.out.printf(
                    "[platform-it] ready in %.1f s, %d MB resident%n",
                    platform.startupTime().toMillis() / 1000.0, platform.residentBytes() / (1024 * 1024));
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform;
    }
}
