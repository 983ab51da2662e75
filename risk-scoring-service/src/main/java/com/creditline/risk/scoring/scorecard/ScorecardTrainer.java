package com.creditline.risk.scoring.scorecard;

import com.creditline.risk.scoring.ModelOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a scorecard: bins every candidate feature, keeps those whose information value reaches the
 * minimum, fits a logistic regression on their weights of evidence, and leaves out, one at a time,
 * a feature whose coefficient has the wrong sign (a higher weight of evidence must mean less risk;
 * a wrong sign comes from features that overlap) before scaling the coefficients to points.
 */
public final class ScorecardTrainer {

    private final TrainingSettings settings;
    private final WoeBinning binning;

    public ScorecardTrainer(TrainingSettings settings) {
        this.settings = settings;
        this.binning = new WoeBinning(settings.binning());
    }

    /** Each candidate feature's information value on the data, in the order given. */
    public Map<String, Double> informationValues(List<Feature> features, List<LabelledObservation> data) {
        Map<String, Double> values = new LinkedHashMap<>();
        features.forEach(f -> values.put(f.name(), binning.bin(f, data).informationValue()));
        return values;
    }

    public Scorecard train(TrainingRun run) {
        List<BinnedFeature> kept = new ArrayList<>(run.features().stream()
                .map(f -> binning.bin(f, run.training()))
                .filter(b -> b.bins().size() > 1 && b.informationValue() >= settings.minimumInformationValue())
                .toList());
        double[] beta = fitWithRightSigns(kept, run.training());
        PointsScaling scaling = settings.scaling();
        int basePoints = (int) Math.round(scaling.offset() - scaling.factor() * beta[0]);
        List<ScorecardFeature> features = new ArrayList<>();
        for (int j = 0; j < kept.size(); j++) {
            features.add(scored(kept.get(j), beta[j + 1], scaling));
        }
        Scorecard unmeasured = new Scorecard(
                run.modelId(),
                run.version(),
                ModelOrigin.TRAINED,
                run.trainedOn(),
                scaling,
                basePoints,
                features,
                GradeCutoff.fromProbabilityBands(scaling),
                null,
                TrainingFingerprint.of(run.features(), run.training()),
                List.of());
        List<LabelledObservation> measuredOn = run.validation().isEmpty() ? run.training() : run.validation();
        return unmeasured.measured(
                measure(unmeasured, measuredOn), ScoreBand.deciles(scores(unmeasured, run.training())));
    }

    /** How a scorecard separates the outcomes of the given applicants. */
    public static Measures measure(Scorecard scorecard, List<LabelledObservation> applicants) {
        return Measures.of(applicants.stream()
                .map(a -> new Measures.ScoredOutcome(scorecard.score(a.observation()), a.isBad()))
                .toList());
    }

    private double[] fitWithRightSigns(List<BinnedFeature> kept, List<LabelledObservation> training) {
        LogisticRegression regression = new LogisticRegression(settings.ridge());
        boolean[] bad = new boolean[training.size()];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = training.get(i).isBad();
        }
        while (!kept.isEmpty()) {
            double[][] inputs = new double[training.size()][kept.size()];
            for (int i = 0; i < inputs.length; i++) {
                for (int j = 0; j < kept.size(); j++) {
                    inputs[i][j] = kept.get(j).weightOfEvidence(training.get(i).observation());
                }
            }
            double[] beta = regression.fit(inputs, bad);
            int wrong = -1;
            for (int j = 0; j < kept.size(); j++) {
                if (beta[j + 1] > 0 && (wrong < 0 || beta[j + 1] > beta[wrong + 1])) {
                    wrong = j;
                }
            }
            if (wrong < 0) {
                return beta;
            }
            kept.remove(wrong);
        }
        throw new IllegalArgumentException("no feature separates the goods from the bads of this data");
    }

    private static ScorecardFeature scored(BinnedFeature binned, double coefficient, PointsScaling scaling) {
        List<ScoredBin> bins = new ArrayList<>();
        for (int i = 0; i < binned.bins().size(); i++) {
            BinCount count = binned.bins().get(i);
            double woe = binned.weightsOfEvidence()[i];
            int points = (int) Math.round(-scaling.factor() * coefficient * woe);
            bins.add(new ScoredBin(count.bin(), count.goods(), count.bads(), woe, points));
        }
        return new ScorecardFeature(binned.feature(), coefficient, binned.informationValue(), bins);
    }

    private static int[] scores(Scorecard scorecard, List<LabelledObservation> applicants) {
        return applicants.stream()
                .mapToInt(a -> scorecard.score(a.observation()))
                .toArray();
    }
}
