/**
 * The gateway: routing, the correlation id, and problem responses for its own failures. Access
 * control (API keys, staff tokens, rate limits) will sit here as global filters ordered right
 * after the correlation id.
 */
package com.creditline.gateway;
