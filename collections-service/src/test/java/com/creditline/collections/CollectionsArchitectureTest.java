package com.creditline.collections;

import com.creditline.common.test.ServiceArchitectureTest;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Collections' model lives in {@code cases} ({@code CollectionCase}, {@code Bucket},
 * {@code CasePolicy}, {@code PromiseToPay}, {@code Delinquency}) and {@code strategy}
 * ({@code ReminderStrategy}, {@code Escalation}, {@code StrategyStep}), each of which today shares its
 * package with Spring configuration, services, repositories or controllers.
 */
class CollectionsArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected String rootPackage() {
        return "com.creditline.collections";
    }

    @Override
    protected List<String> modelPackages() {
        return List.of("com.creditline.collections.cases", "com.creditline.collections.strategy");
    }

    @Test
    @Disabled("issue 11: cases holds CaseConfiguration, CaseProperties, CaseController, CaseEscalation, CaseReads,"
            + " CollectionCases, DelinquencyTracking, PaymentTracking and Promises, strategy holds"
            + " StrategyConfiguration and StrategyProperties, next to the model; they move to sibling packages")
    @Override
    protected void modelIsPlainJava() {}

    @Test
    @Disabled("issue 11: cases/CollectionCase.java has 306 lines")
    @Override
    protected void noMainClassIsLongerThan300Lines() {}

    @Test
    @Disabled("issue 11: outreach.ContactProcessing has 12 collaborators; the ContactProcessing rework (decide in a"
            + " pure class, send outside the transaction) brings it to 8 or fewer")
    @Override
    protected void noServiceHasMoreThanEightCollaborators() {}
}
