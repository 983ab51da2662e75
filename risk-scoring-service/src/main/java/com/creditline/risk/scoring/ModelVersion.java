package com.creditline.risk.scoring;

/** Which model gave a decision: its id, its version, and whether it was trained or set by judgement. */
public record ModelVersion(String modelId, int version, ModelOrigin origin) {

    public static final ModelVersion EXPERT = new ModelVersion("expert-scorecard", 1, ModelOrigin.JUDGMENTAL);

    @Override
    public String toString() {
        return modelId + " v" + version;
    }
}
