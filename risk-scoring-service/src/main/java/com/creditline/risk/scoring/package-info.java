/**
 * The risk model, plain Java: the behavioural features an applicant is scored on, the assessment a
 * model gives (probability of default, score, grade, recommended limit, reasons), and the points
 * scorecard that is its first implementation.
 */
package com.creditline.risk.scoring;
