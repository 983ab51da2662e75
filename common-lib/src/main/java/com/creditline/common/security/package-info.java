/**
 * Who is calling, and how a service knows it. The gateway authenticates every outside caller (a
 * partner's API key, the shop's or a staff member's JWT) and passes the caller on as a short-lived
 * caller token it signs; services accept only those, and tokens their peers sign for internal
 * calls. Endpoints declare who may call them with {@link com.creditline.common.security.Access}.
 */
package com.creditline.common.security;
