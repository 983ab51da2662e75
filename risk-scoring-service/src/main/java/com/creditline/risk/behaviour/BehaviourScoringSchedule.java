package com.creditline.risk.behaviour;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for customers due a behaviour score, batch after batch until none is left. */
@Component
class BehaviourScoringSchedule {

    private static final Logger log = LoggerFactory.getLogger(BehaviourScoringSchedule.class);

    private final BehaviourScoring scoring;
    private final BehaviourProperties properties;

    BehaviourScoringSchedule(BehaviourScoring scoring, BehaviourProperties properties) {
        this.scoring = scoring;
        this.properties = properties;
    }

    /** One replica a tick (docs/replicas.md); tests call {@link #scoreDue()} itself, without the lock. */
    @Scheduled(
            fixedDelayString = "${creditline.risk.behaviour.every:60s}",
            initialDelayString = "${creditline.risk.behaviour.every:60s}")
    @SchedulerLock(
            name = "behaviour-scoring",
            lockAtLeastFor = "${creditline.risk.behaviour.every:60s}",
            lockAtMostFor = "30m")
    void onSchedule() {
        scoreDue();
    }

    void scoreDue() {
        int scored = 0;
        for (int batch = scoring.scoreDue(properties.batch());
                batch > 0;
                batch = scoring.scoreDue(properties.batch())) {
            scored += batch;
        }
        if (scored > 0) {
            log.info("behaviour score: {} customers scored", scored);
        }
    }
}
