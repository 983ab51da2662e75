package com.creditline.common.test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The architecture rules of STYLE.md, each one built from what a service names about itself (its
 * root package, its model packages), so that the same rule runs on every service and, in
 * {@code ArchitectureRulesTest}, on deliberately bad fixtures to show that it can fail.
 */
public final class ArchitectureRules {

    /** Every module's code lives below this package; anything outside it is the JDK or a library. */
    public static final String PLATFORM = "com.creditline";

    /** What a service may use of the shared library: its support code and the event contracts. */
    public static final List<String> SHARED = List.of(PLATFORM + ".common..", PLATFORM + ".events..");

    public static final int MAX_COLLABORATORS = 8;
    public static final int MAX_LINES = 300;

    private static final String SPRING = "org.springframework..";
    private static final List<String> MAPPINGS =
            List.of("GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping", "RequestMapping");

    private ArchitectureRules() {}

    /**
     * No cycle between the feature packages right below the root; the root package itself counts as
     * one more package, so that a cycle through the application's own shared classes is caught too.
     */
    public static ArchRule featurePackagesAreFreeOfCycles(String rootPackage) {
        return slices().assignedFrom(featuresOf(rootPackage)).should().beFreeOfCycles();
    }

    private static SliceAssignment featuresOf(String rootPackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(rootPackage)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!name.startsWith(rootPackage + ".")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(
                        name.substring(rootPackage.length() + 1).split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "the feature packages of " + rootPackage;
            }
        };
    }

    /**
     * The model is plain Java: nothing of Spring (JPA annotations are fine). Each named package must
     * hold classes, so that a misspelt or emptied package fails instead of passing unchecked.
     */
    public static ArchRule modelIsPlainJava(List<String> modelPackages) {
        if (modelPackages.isEmpty()) {
            throw new IllegalArgumentException("Name at least one model package.");
        }
        return noClasses()
                .that()
                .resideInAnyPackage(modelPackages.toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage(SPRING)
                .as("the model (" + String.join(", ", modelPackages) + ") does not depend on Spring");
    }

    /** Entities are model wherever they live. */
    public static ArchRule entitiesArePlainJava() {
        return noClasses()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(SPRING)
                .allowEmptyShould(true);
    }

    public static ArchRule controllersArePackagePrivate() {
        return classes()
                .that()
                .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or()
                .areAnnotatedWith("org.springframework.stereotype.Controller")
                .should()
                .notBePublic()
                .allowEmptyShould(true);
    }

    /** Every endpoint says who may call it (Access), so that none is open by omission. */
    public static ArchRule everyEndpointDeclaresWhoMayCallIt() {
        return methods()
                .that(ENDPOINTS)
                .should()
                .beAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
                .allowEmptyShould(true);
    }

    private static final DescribedPredicate<JavaMethod> ENDPOINTS = DescribedPredicate.describe(
            "are request mappings",
            method -> MAPPINGS.stream()
                    .anyMatch(name -> method.isAnnotatedWith("org.springframework.web.bind.annotation." + name)));

    /**
     * A service's classes use only their own service's packages, the shared library's support and
     * event contracts, and whatever lies outside the platform: never another module's code.
     */
    public static ArchRule dependsOnlyOnItselfAndTheSharedLibrary(
            String platform, String rootPackage, List<String> shared) {
        List<String> allowed = new ArrayList<>(shared);
        allowed.add(rootPackage + "..");
        return classes()
                .that()
                .resideInAPackage(rootPackage + "..")
                .should()
                .onlyDependOnClassesThat(
                        resideInAnyPackage(allowed.toArray(String[]::new)).or(resideOutsideOfPackage(platform + "..")))
                .as("classes in " + rootPackage + " depend only on " + String.join(", ", allowed)
                        + " and on what lies outside " + platform);
    }

    /** A service (a @Service or @Component) with more collaborators is a sign to split it by use case. */
    public static ArchRule servicesHaveAtMostCollaborators(int max) {
        return classes()
                .that()
                .areAnnotatedWith("org.springframework.stereotype.Service")
                .or()
                .areAnnotatedWith("org.springframework.stereotype.Component")
                .should(haveAtMostConstructorParameters(max))
                .allowEmptyShould(true);
    }

    private static ArchCondition<JavaClass> haveAtMostConstructorParameters(int max) {
        return new ArchCondition<>("have at most " + max + " collaborators (constructor parameters)") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaConstructor constructor : javaClass.getConstructors()) {
                    int count = constructor.getRawParameterTypes().size();
                    events.add(new SimpleConditionEvent(
                            constructor,
                            count <= max,
                            javaClass.getName() + " has " + count + " collaborators (at most " + max + ")"));
                }
            }
        };
    }

    /** No source file below the root (e.g. {@code src/main/java}) is longer than the limit. */
    public static void noSourceFileIsLongerThan(Path sourceRoot, int maxLines) {
        if (!Files.isDirectory(sourceRoot)) {
            throw new AssertionError("No sources at " + sourceRoot.toAbsolutePath());
        }
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                long lines = lines(file);
                if (lines > maxLines) {
                    tooLong.add(sourceRoot.relativize(file) + " has " + lines + " lines");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!tooLong.isEmpty()) {
            throw new AssertionError("Classes longer than " + maxLines + " lines (split them by use case):\n  "
                    + String.join("\n  ", tooLong));
        }
    }

    private static long lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
