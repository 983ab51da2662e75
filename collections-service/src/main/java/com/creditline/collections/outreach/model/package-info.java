/**
 * What becomes of a due contact attempt, decided in plain Java ({@code ContactDecider}) from what the
 * processing step gathered: nothing, a skip, a deferral or a message to send; and who holds a case
 * in the agents' work queue ({@code CaseAssignment}).
 */
package com.creditline.collections.outreach.model;
