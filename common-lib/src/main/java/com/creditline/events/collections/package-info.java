/**
 * The published contract of collections-service: its topics and event records. Consumers depend on this
 * package, never on the service's internals.
 */
package com.creditline.events.collections;
