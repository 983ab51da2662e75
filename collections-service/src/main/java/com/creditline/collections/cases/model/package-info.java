/**
 * The collections case in plain Java: the case itself (bucket by days past due, escalation through
 * the reminder strategy, the freeze threshold of its policy, the cure, the charge-off it follows),
 * the promises to pay that pause it and the recoveries booked after a charge-off, with the refusals
 * they raise.
 */
package com.creditline.collections.cases.model;
