/**
 * How approved applications turn out, as plain Java: the definition of good, bad and
 * indeterminate ({@link com.creditline.risk.outcome.OutcomeDefinition}) that labels the platform's
 * own book for training.
 */
package com.creditline.risk.outcome;
