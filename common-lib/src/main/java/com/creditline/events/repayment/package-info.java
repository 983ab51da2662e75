/**
 * The published contract of repayment-service: its topics and event records. Consumers depend on this
 * package, never on the service's internals.
 */
package com.creditline.events.repayment;
