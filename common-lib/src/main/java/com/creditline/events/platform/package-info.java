/**
 * The published contract of repayment-service's end of day (platform-wide facts): its topics and event records. Consumers depend on this
 * package, never on the service's internals.
 */
package com.creditline.events.platform;
