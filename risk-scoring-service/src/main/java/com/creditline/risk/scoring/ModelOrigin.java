package com.creditline.risk.scoring;

/** Learnt from outcomes, or set by experts' judgement (how a lender without data starts). */
public enum ModelOrigin {
    TRAINED,
    JUDGMENTAL
}
