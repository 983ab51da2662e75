package com.creditline.risk.models;

import com.creditline.risk.scoring.ApplicationFeatures;
import com.creditline.risk.scoring.ModelVersion;
import com.creditline.risk.scoring.PointsScorecard;
import com.creditline.risk.scoring.RiskAssessment;
import com.creditline.risk.scoring.RiskModel;
import com.creditline.risk.scoring.ScorecardModel;
import com.creditline.risk.scoring.scorecard.Feature;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Decides with whichever model is the champion in the registry now (read on every decision, so a
 * promotion reaches every replica at once): the expert scorecard, or a trained scorecard loaded
 * from its artifact once.
 */
@Component
public class ChampionModel implements RiskModel {

    private final ScorecardModels models;
    private final RiskModel expert = new PointsScorecard();
    private final Map<ModelVersion, RiskModel> trained = new ConcurrentHashMap<>();

    ChampionModel(ScorecardModels models) {
        this.models = models;
    }

    @Override
    public RiskAssessment assess(ApplicationFeatures features) {
        return current().assess(features);
    }

    @Override
    public ModelVersion version() {
        return current().version();
    }

    @Override
    public List<Feature> features() {
        return current().features();
    }

    private RiskModel current() {
        ModelVersion champion = models.champion().orElse(ModelVersion.EXPERT);
        if (champion.equals(ModelVersion.EXPERT)) {
            return expert;
        }
        return trained.computeIfAbsent(
                champion, v -> new ScorecardModel(models.artifact(v).orElseThrow()));
    }
}
