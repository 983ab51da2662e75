/**
 * Scorecards as data, and the trainer that makes them, in plain Java: weight-of-evidence binning,
 * logistic regression over the weights of evidence, points scaling, reason codes, and the measures
 * a credit model is judged by (AUC, Gini, KS, population stability). A {@link
 * com.creditline.risk.scoring.scorecard.Scorecard} is a versioned artifact the service loads; nothing in
 * it is code.
 */
package com.creditline.risk.scoring.scorecard;
