/**
 * The partner model, plain Java: a partner, its API keys and the rules they keep (the scopes a key
 * may carry, when a key is valid, how a rotated key lapses), and the shape of a key's secret.
 */
package com.creditline.gateway.partner.model;
