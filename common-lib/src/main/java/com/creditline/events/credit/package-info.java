/**
 * The published contract of credit-limit-service: its topics and event records. Consumers depend on this
 * package, never on the service's internals.
 */
package com.creditline.events.credit;
