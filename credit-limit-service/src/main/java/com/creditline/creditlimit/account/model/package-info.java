/**
 * The credit line's model, plain Java: the account with its limits and balances, the holds of
 * orders and their captures, temporary raises, the audited changes, and the refusals they give.
 */
package com.creditline.creditlimit.account.model;
