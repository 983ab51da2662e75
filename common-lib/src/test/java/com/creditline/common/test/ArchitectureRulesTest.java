package com.creditline.common.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each architecture rule can fail: it fails on a deliberately bad fixture
 * ({@code archfixture.bad...}) and passes on a small service that keeps every rule
 * ({@code archfixture.good}).
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "com.creditline.common.test.archfixture";
    private static final String BAD = FIXTURES + ".bad";
    private static final String GOOD = FIXTURES + ".good";
    private static final String GOOD_SERVICE = GOOD + ".lending";

    private static final JavaClasses GOOD_CLASSES = new ClassFileImporter().importPackages(GOOD);

    private static JavaClasses bad(String fixture) {
        return new ClassFileImporter().importPackages(BAD + "." + fixture);
    }

    private static void assertFailsOnBadAndPassesOnGood(ArchRule rule, JavaClasses bad) {
        assertThatThrownBy(() -> rule.check(bad)).isInstanceOf(AssertionError.class);
        assertThatCode(() -> rule.check(GOOD_CLASSES)).doesNotThrowAnyException();
    }

    @Test
    void shouldFindACycleBetweenFeaturePackages() {
        assertThatThrownBy(() -> ArchitectureRules.featurePackagesAreFreeOfCycles(BAD + ".cycle")
                        .check(bad("cycle")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("billing")
                .hasMessageContaining("ledger");
        assertThatCode(() -> ArchitectureRules.featurePackagesAreFreeOfCycles(GOOD_SERVICE)
                        .check(GOOD_CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFindSpringInTheModel() {
        assertThatThrownBy(() -> ArchitectureRules.modelIsPlainJava(List.of(BAD + ".model.."))
                        .check(bad("model")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework.util.Assert");
        assertThatCode(() -> ArchitectureRules.modelIsPlainJava(List.of(GOOD_SERVICE + ".loan.."))
                        .check(GOOD_CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAModelPackageThatHoldsNothing() {
        assertThatThrownBy(() -> ArchitectureRules.modelIsPlainJava(List.of(GOOD_SERVICE + ".nosuchpackage.."))
                        .check(GOOD_CLASSES))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ArchitectureRules.modelIsPlainJava(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFindSpringInAnEntity() {
        assertFailsOnBadAndPassesOnGood(ArchitectureRules.entitiesArePlainJava(), bad("entity"));
    }

    @Test
    void shouldFindAPublicController() {
        assertFailsOnBadAndPassesOnGood(ArchitectureRules.controllersArePackagePrivate(), bad("web"));
    }

    @Test
    void shouldFindAnEndpointThatDoesNotSayWhoMayCallIt() {
        assertFailsOnBadAndPassesOnGood(ArchitectureRules.everyEndpointDeclaresWhoMayCallIt(), bad("web"));
    }

    @Test
    void shouldFindAServiceReachingIntoAnotherService() {
        String platform = BAD + ".across";
        assertThatThrownBy(() -> ArchitectureRules.dependsOnlyOnItselfAndTheSharedLibrary(
                                platform,
                                platform + ".lending",
                                List.of(platform + ".common..", platform + ".events.."))
                        .check(bad("across")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Funder");
        assertThatCode(() -> ArchitectureRules.dependsOnlyOnItselfAndTheSharedLibrary(
                                GOOD, GOOD_SERVICE, List.of(GOOD + ".common..", GOOD + ".events.."))
                        .check(GOOD_CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFindAServiceWithTooManyCollaborators() {
        assertThatThrownBy(() ->
                        ArchitectureRules.servicesHaveAtMostCollaborators(8).check(bad("service")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Overloaded has 9 collaborators");
        assertThatCode(() ->
                        ArchitectureRules.servicesHaveAtMostCollaborators(8).check(GOOD_CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldFindAClassOverThreeHundredLines(@TempDir Path sources) throws IOException {
        Path fixture = Files.createDirectories(sources.resolve("bad"));
        Files.writeString(fixture.resolve("Long.java"), "class Long {\n" + "\n".repeat(299) + "}\n");
        Files.writeString(fixture.resolve("Short.java"), "class Short {\n" + "\n".repeat(298) + "}\n");

        assertThatThrownBy(() -> ArchitectureRules.noSourceFileIsLongerThan(sources, 300))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Long.java has 301 lines")
                .hasMessageNotContaining("Short.java");
        Files.delete(fixture.resolve("Long.java"));
        assertThatCode(() -> ArchitectureRules.noSourceFileIsLongerThan(sources, 300))
                .doesNotThrowAnyException();
    }
}
