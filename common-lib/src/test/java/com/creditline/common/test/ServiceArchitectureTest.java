package com.creditline.common.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules every service keeps (STYLE.md): its domain model (entities, and the
 * packages it names as pure) does not depend on Spring, and it never reaches into another
 * service's code, only into common-lib and the published event contracts. A service's test
 * extends this class and names its root package and its pure packages.
 */
public abstract class ServiceArchitectureTest {

    static final List<String> SERVICES =
            List.of("creditlimit", "checkout", "repayment", "risk", "collections", "gateway");

    /** The service's root package, e.g. {@code com.creditline.checkout}. */
    protected abstract String rootPackage();

    /** Packages (ArchUnit syntax, e.g. {@code ..pricing..}) that must be free of Spring entirely. */
    protected List<String> purePackages() {
        return List.of();
    }

    private JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage());
    }

    @Test
    void entitiesDoNotDependOnSpring() {
        noClasses()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .allowEmptyShould(true)
                .check(classes());
    }

    @Test
    void purePackagesDoNotDependOnSpring() {
        for (String pure : purePackages()) {
            noClasses()
                    .that()
                    .resideInAPackage(pure)
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.springframework..")
                    .check(classes());
        }
    }

    /** Every endpoint says who may call it (Access), so that none is open by omission. */
    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        methods()
                .that(ENDPOINTS)
                .should()
                .beAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
                .allowEmptyShould(true)
                .check(classes());
    }

    private static final DescribedPredicate<JavaMethod> ENDPOINTS =
            DescribedPredicate.describe(
                    "are request mappings",
                    method -> List.of(
                                    "GetMapping",
                                    "PostMapping",
                                    "PutMapping",
                                    "DeleteMapping",
                                    "PatchMapping",
                                    "RequestMapping")
                            .stream()
                            .anyMatch(
                                    name -> method.isAnnotatedWith("org.springframework.web.bind.annotation." + name)));

    @Test
    void noServiceReachesIntoAnotherService() {
        for (String other : SERVICES) {
            String otherPackage = "com.creditline." + other;
            if (rootPackage().equals(otherPackage)) {
                continue;
            }
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(otherPackage + "..")
                    .check(classes());
        }
    }
}
