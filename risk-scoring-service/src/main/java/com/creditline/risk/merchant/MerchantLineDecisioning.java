package com.creditline.risk.merchant;

import com.creditline.common.id.MerchantId;
import com.creditline.common.outbox.Outbox;
import com.creditline.common.time.BusinessClock;
import com.creditline.events.risk.MerchantLineDecided;
import com.creditline.events.risk.RiskTopics;
import com.creditline.risk.merchant.model.MerchantDecision;
import com.creditline.risk.merchant.model.MerchantFeatures;
import com.creditline.risk.merchant.model.MerchantLineRules.MerchantLine;
import com.creditline.risk.merchant.model.MerchantProfile;
import com.creditline.risk.merchant.model.SalesWindow;
import com.creditline.risk.scoring.Grade;
import com.creditline.risk.scoring.scorecard.Scorecard;
import com.creditline.risk.scoring.scorecard.ScorecardAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides a merchant's application for a line: the merchant scorecard grades the features of its last
 * 90 days of sales, the grade's share of those days' net sales sizes the line, and the decision is
 * kept and told to the platform ({@code MerchantLineDecided}, in the same transaction). One
 * application of a merchant at a time (its profile is locked), and none within the cool-off after
 * the last decision.
 */
@Service
class MerchantLineDecisioning {

    private final MerchantProfiles profiles;
    private final MerchantSales sales;
    private final MerchantDecisions decisions;
    private final MerchantScorecard scorecard;
    private final MerchantLinesProperties properties;
    private final Outbox outbox;
    private final BusinessClock clock;

    MerchantLineDecisioning(
            MerchantProfiles profiles,
            MerchantSales sales,
            MerchantDecisions decisions,
            MerchantScorecard scorecard,
            MerchantLinesProperties properties,
            Outbox outbox,
            BusinessClock clock) {
        this.profiles = profiles;
        this.sales = sales;
        this.decisions = decisions;
        this.scorecard = scorecard;
        this.properties = properties;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    MerchantDecision decide(MerchantId merchant) {
        LocalDate today = clock.businessDate();
        MerchantProfile profile = profiles.lock(merchant).orElseThrow(MerchantProfileMissing::new);
        decisions.latest(merchant).ifPresent(last -> {
            LocalDate from = last.mayReapplyFrom(properties.coolOff());
            if (today.isBefore(from)) {
                throw new MerchantAppliedRecently(last.decidedOn(), from);
            }
        });
        SalesWindow window = SalesWindow.of(
                today,
                sales.firstReported(merchant).orElse(null),
                sales.between(merchant, today.minusDays(SalesWindow.DAYS - 1L), today));
        MerchantFeatures features = MerchantFeatures.of(window, profile);
        Scorecard card = scorecard.scorecard();
        ScorecardAssessment assessment = card.assess(features.observation());
        Grade grade = assessment.grade() == null ? Grade.E : assessment.grade();
        MerchantLine line = properties.rules().size(grade, window.netSales());
        List<String> reasons = new ArrayList<>(line.reasons());
        reasons.addAll(assessment.reasons());
        MerchantDecision decision = new MerchantDecision(
                UUID.randomUUID(),
                merchant,
                line.approved(),
                assessment.score(),
                grade,
                line.limit(),
                window.netSales(),
                reasons,
                features,
                card.modelVersion(),
                today,
                clock.now());
        decisions.add(decision);
        outbox.append(
                RiskTopics.DECISIONS,
                new MerchantLineDecided(
                        merchant.value(),
                        MerchantLineDecided.borrowerIdOf(merchant.value()),
                        decision.id(),
                        decision.approved(),
                        grade.name(),
                        decision.limit(),
                        decision.model().modelId(),
                        decision.model().version(),
                        decision.reasons(),
                        today));
        return decision;
    }

    @Transactional(readOnly = true)
    MerchantDecision find(MerchantId merchant, UUID id) {
        return decisions.find(merchant, id).orElseThrow(MerchantDecisionNotFound::new);
    }
}
