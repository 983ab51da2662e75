/** Consuming events exactly once: handlers, and the inbox that skips event ids already processed. */
package com.creditline.common.inbox;
