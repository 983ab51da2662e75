package com.creditline.risk.models;

import com.creditline.common.time.BusinessClock;
import com.creditline.risk.scoring.ModelVersion;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a model the champion, the champion before it retired (kept for rollback: promoting it again
 * is the rollback), recorded with who promoted it and why.
 */
@Service
class ModelPromotion {

    private static final Logger log = LoggerFactory.getLogger(ModelPromotion.class);

    private final ScorecardModels models;
    private final BusinessClock clock;

    ModelPromotion(ScorecardModels models, BusinessClock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Transactional
    RegisteredModel promote(String modelId, int version, String actor, String reason) {
        RegisteredModel model = models.all().stream()
                .filter(m -> m.model().modelId().equals(modelId) && m.model().version() == version)
                .findFirst()
                .orElseThrow(ModelNotFound::new);
        if (model.status() == ModelStatus.CHAMPION) {
            throw new ModelAlreadyChampion();
        }
        Optional<ModelVersion> previous = models.champion();
        models.promote(model.model(), previous, actor, reason, clock.now());
        log.info("model {} promoted by {} (was {}): {}", model.model(), actor, previous.orElse(null), reason);
        return new RegisteredModel(
                model.model(), ModelStatus.CHAMPION, model.comparison(), model.createdAt(), model.createdBy());
    }
}
