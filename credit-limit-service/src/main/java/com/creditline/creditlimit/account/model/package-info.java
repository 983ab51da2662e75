/**
 * The credit line's model, plain Java: the account with its limits and balances, the holds of
 * orders and their captures, temporary raises, the audited changes, the commands that ask for a
 * change, and the refusals they give.
 */
package com.creditline.creditlimit.account.model;
