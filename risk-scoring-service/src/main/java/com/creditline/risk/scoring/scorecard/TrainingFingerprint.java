package com.creditline.risk.scoring.scorecard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of the training data in a canonical text (each applicant's features in the model's
 * order, then the outcome), so that a scorecard names exactly the data it learnt from.
 */
final class TrainingFingerprint {

    private TrainingFingerprint() {}

    static String of(List<Feature> features, List<LabelledObservation> training) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (LabelledObservation row : training) {
            StringBuilder line = new StringBuilder();
            for (Feature f : features) {
                Object value = f.kind() == Feature.Kind.NUMBER
                        ? row.observation().number(f.name())
                        : row.observation().category(f.name());
                line.append(f.name()).append('=').append(value).append(';');
            }
            line.append(row.outcome()).append('\n');
            sha256.update(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
