/**
 * The kinds of refusal a service can answer with. Domain exceptions extend one of them and carry
 * no HTTP concerns; the problem-response advice maps each kind to its status.
 */
package com.creditline.common.error;
