package com.creditline.risk.scoring.scorecard;

/** A bin of a scorecard: what the training data held in it, its weight of evidence and its points. */
public record ScoredBin(Bin bin, int goods, int bads, double weightOfEvidence, int points) {}
