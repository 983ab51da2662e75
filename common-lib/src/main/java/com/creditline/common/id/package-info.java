/** Typed ids shared across services. Each service keeps the ids of its own aggregates itself. */
package com.creditline.common.id;
