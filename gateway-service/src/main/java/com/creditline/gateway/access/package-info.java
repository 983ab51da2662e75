/**
 * Who is calling: partners by API key, the shop and staff by JWT (from the local issuer or a real
 * identity provider). The gateway decides which route families a kind of caller may reach and
 * hands every routed request to the service with a caller token it signs.
 */
package com.creditline.gateway.access;
