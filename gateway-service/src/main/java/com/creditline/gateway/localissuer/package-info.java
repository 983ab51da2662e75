/**
 * A token issuer for local use only, so that the platform starts with one command and no identity
 * provider: the shop gets a client-credentials token, staff a password token, signed with a local
 * development key. A deployment turns it off and points the gateway at a real issuer.
 */
package com.creditline.gateway.localissuer;
