package com.creditline.risk.application;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import com.creditline.risk.outcome.LoanOutcome;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.ModelOrigin;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.PricingTier;
import com.creditline.risk.scoring.RiskAssessment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A customer's application for a credit line and the decision taken on it. */
@Entity
@Table(name = "credit_application")
public class CreditApplication {

    public enum Decision {
        APPROVED,
        DECLINED
    }

    @Id
    @Column(name = "application_id")
    private UUID id;

    private CustomerId customerId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private BigDecimal probabilityOfDefault;
    private int score;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private Money recommendedLimit;

    @Enumerated(EnumType.STRING)
    private PricingTier pricingTier;

    private String reasons;
    private String modelId;
    private int modelVersion;

    @Enumerated(EnumType.STRING)
    private ModelOrigin modelOrigin;

    /** The features as JSON, kept to train on once the application's outcome is known. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String features;

    private Instant decidedAt;

    /** The business date of the decision: cool-offs, months on book and vintages count from it. */
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    private LoanOutcome outcome;

    private LocalDate outcomeOn;

    protected CreditApplication() {}

    /**
     * A decision on an application.
     *
     * @param features the features the decision was taken on, as JSON
     * @param on the business date of the decision
     */
    public record Deciding(
            UUID id, CustomerId customerId, RiskAssessment assessment, String features, Instant at, LocalDate on) {}

    public static CreditApplication decide(Deciding deciding) {
        RiskAssessment assessment = deciding.assessment();
        CreditApplication application = new CreditApplication();
        application.id = deciding.id();
        application.customerId = deciding.customerId();
        application.decision = assessment.approved() ? Decision.APPROVED : Decision.DECLINED;
        application.probabilityOfDefault = assessment.probabilityOfDefault();
        application.score = assessment.score();
        application.grade = assessment.grade();
        application.recommendedLimit = assessment.recommendedLimit();
        application.pricingTier = assessment.pricingTier();
        application.reasons = String.join(",", assessment.reasons());
        application.modelId = assessment.model().modelId();
        application.modelVersion = assessment.model().version();
        application.modelOrigin = assessment.model().origin();
        application.features = deciding.features();
        application.decidedAt = deciding.at();
        application.decidedOn = deciding.on();
        return application;
    }

    public UUID id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public Decision decision() {
        return decision;
    }

    public BigDecimal probabilityOfDefault() {
        return probabilityOfDefault;
    }

    public int score() {
        return score;
    }

    public Grade grade() {
        return grade;
    }

    public Money recommendedLimit() {
        return recommendedLimit;
    }

    public PricingTier pricingTier() {
        return pricingTier;
    }

    public List<String> reasons() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(","));
    }

    public ModelVersion model() {
        return new ModelVersion(modelId, modelVersion, modelOrigin);
    }

    /** The application's outcome became known on a business date. */
    public void labelled(LoanOutcome outcome, LocalDate on) {
        this.outcome = outcome;
        this.outcomeOn = on;
    }

    /** None while not known yet (or for a declined application). */
    public LoanOutcome outcome() {
        return outcome;
    }

    public String features() {
        return features;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
