/**
 * The grade of record: one grade per customer, set by an approved application and moved since by
 * the behaviour score or an officer's review; each move recorded with the model, the reasons and
 * who made it, and told to the platform ({@code RiskGradeChanged}) so the line and pricing follow.
 */
package com.creditline.risk.grading;
