/**
 * Partner platforms and their API keys: issued by ops, shown once, stored as a hash, scoped,
 * rate-limited per key, rotated with an overlap and revoked at once.
 */
package com.creditline.gateway.partner;
