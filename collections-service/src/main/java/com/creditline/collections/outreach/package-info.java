/**
 * Reaching customers: the reminders before the due date, the processing step that sends due
 * contact attempts within the contact rules (on a schedule and on demand), and the agents' work
 * queue.
 */
package com.creditline.collections.outreach;
