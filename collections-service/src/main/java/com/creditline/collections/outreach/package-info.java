/**
 * Reaching customers: the reminders before the due date, the processing step that sends due
 * contact attempts within the contact rules (on a schedule and on demand), and the agents' work
 * queue. The processing step decides each attempt in plain Java ({@code outreach.model}), claims it
 * in a short transaction, calls the channel with no transaction open, and records the outcome in
 * another. On the queue, agents claim open cases (or an admin assigns them), release them, and
 * record the outcome of their calls ({@code AgentWork}); who holds a case is its
 * {@code CaseAssignment}, a different thing from a processing run's claim on an attempt.
 */
package com.creditline.collections.outreach;
