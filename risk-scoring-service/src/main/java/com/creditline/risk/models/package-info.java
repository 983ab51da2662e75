/**
 * The models that decide applications: the champion (the judgmental expert scorecard to start
 * with), challengers trained on the platform's own labelled applications and compared with it on
 * held-out applications, and promotion (and so rollback), audited. {@link
 * com.creditline.risk.models.ChampionModel} is the {@code RiskModel} every decision goes through.
 */
package com.creditline.risk.models;
