package com.creditline.common.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules every service keeps (STYLE.md, rules in {@link ArchitectureRules}): feature
 * packages free of cycles, a model free of Spring, package-private controllers, endpoints that say
 * who may call them, nothing of another module but common-lib's support and event contracts, no
 * service with more than eight collaborators and no class over 300 lines. A service's test extends
 * this class and names its root package and its model packages. The rules are protected so that a
 * service can set one aside with {@code @Disabled} and the reason, never silently.
 */
public abstract class ServiceArchitectureTest {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The service's root package, e.g. {@code com.creditline.checkout}. */
    protected abstract String rootPackage();

    /**
     * The packages of the service's model (ArchUnit syntax: {@code com.creditline.checkout.pricing..}
     * for a package and its sub-packages), plain Java with nothing of Spring. At least one, and each
     * must hold classes.
     */
    protected abstract List<String> modelPackages();

    protected final JavaClasses classes() {
        return IMPORTED.computeIfAbsent(
                rootPackage(),
                root -> new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(root));
    }

    @Test
    protected void featurePackagesAreFreeOfCycles() {
        ArchitectureRules.featurePackagesAreFreeOfCycles(rootPackage()).check(classes());
    }

    @Test
    protected void modelIsPlainJava() {
        ArchitectureRules.modelIsPlainJava(modelPackages()).check(classes());
    }

    @Test
    protected void entitiesArePlainJava() {
        ArchitectureRules.entitiesArePlainJava().check(classes());
    }

    @Test
    protected void controllersArePackagePrivate() {
        ArchitectureRules.controllersArePackagePrivate().check(classes());
    }

    @Test
    protected void everyEndpointDeclaresWhoMayCallIt() {
        ArchitectureRules.everyEndpointDeclaresWhoMayCallIt().check(classes());
    }

    @Test
    protected void dependsOnlyOnItselfCommonAndEvents() {
        ArchitectureRules.dependsOnlyOnItselfAndTheSharedLibrary(
                        ArchitectureRules.PLATFORM, rootPackage(), ArchitectureRules.SHARED)
                .check(classes());
    }

    @Test
    protected void noServiceHasMoreThanEightCollaborators() {
        ArchitectureRules.servicesHaveAtMostCollaborators(ArchitectureRules.MAX_COLLABORATORS)
                .check(classes());
    }

    /** Run from the module's directory, as Maven runs tests. */
    @Test
    protected void noMainClassIsLongerThan300Lines() {
        ArchitectureRules.noSourceFileIsLongerThan(Path.of("src/main/java"), ArchitectureRules.MAX_LINES);
    }
}
