/**
 * The credit line's model, plain Java: the account with its limits and balances, the holds of
 * orders and their captures, temporary raises (an officer's or a festival campaign's, capped at the
 * ceiling) with their start and lapse, the freeze no automatic rule lifts, the audited changes, the
 * commands that ask for a change, and the refusals they give.
 */
package com.creditline.creditlimit.account.model;
