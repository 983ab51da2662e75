/**
 * Admission control: each API route takes at most so many requests at once, and a request beyond
 * that is refused at once with a 503 and {@code Retry-After} instead of queueing in the services
 * until everything times out. Under a flash sale the platform keeps answering what it can carry.
 */
package com.creditline.gateway.admission;
