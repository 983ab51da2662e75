/**
 * Each customer's behaviour, kept from the platform's events (lines, limits, plans, refunds,
 * payments, on-time streaks, days past due): what the behaviour score reads after end of day.
 */
package com.creditline.risk.behaviour;
