/** Publishing events reliably: written with the state change, relayed to Kafka afterwards. */
package com.creditline.common.outbox;
