package com.creditline.risk.scoring;

import com.creditline.common.money.Money;
import com.creditline.risk.scoring.ApplicationFeatures.IncomeBand;
import com.creditline.risk.scoring.scorecard.LabelledObservation;
import com.creditline.risk.scoring.scorecard.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A labelled book of applications drawn from a documented simulation (docs/risk-model.md): each
 * applicant has a hidden risk {@code z ~ N(0, 1)}; their behaviour is drawn from it with noise
 * (older accounts, more orders and spend, fewer returns, more on-time payments and fewer devices
 * for lower z; past delinquency when {@code z} plus noise passes 1.5); the declared income band
 * carries no signal; the outcome is bad with probability {@code 1 / (1 + e^-(-2.2 + 1.3 z))}.
 */
public final class SimulatedApplicationBook {

    public record Application(ApplicationFeatures features, boolean bad) {

        LabelledObservation labelled() {
            return new LabelledObservation(ApplicationObservations.of(features), bad ? Outcome.BAD : Outcome.GOOD);
        }
    }

    private SimulatedApplicationBook() {}

    public static List<Application> draw(int size, long seed) {
        Random random = new Random(seed);
        List<Application> book = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            double z = random.nextGaussian();
            ApplicationFeatures features = new ApplicationFeatures(
                    whole(30 - 8 * z + 10 * random.nextGaussian(), 0, 120),
                    whole(20 - 5 * z + 8 * random.nextGaussian(), 0, 200),
                    Money.yuan(whole(12_000 - 3_000 * z + 5_000 * random.nextGaussian(), 0, 200_000)),
                    share(0.08 + 0.05 * z + 0.04 * random.nextGaussian()),
                    share(0.95 - 0.06 * z + 0.03 * random.nextGaussian()),
                    z + 0.5 * random.nextGaussian() > 1.5 ? 1 + random.nextInt(120) : 0,
                    random.nextDouble() < 0.97,
                    IncomeBand.values()[random.nextInt(IncomeBand.values().length)],
                    whole(2 + Math.max(0, 1.5 * z + random.nextGaussian()), 1, 20));
            boolean bad = random.nextDouble() < 1 / (1 + Math.exp(-(-2.2 + 1.3 * z)));
            book.add(new Application(features, bad));
        }
        return book;
    }

    private static int whole(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    private static BigDecimal share(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(2, RoundingMode.HALF_UP);
    }
}
