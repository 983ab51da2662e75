/** Reconciliation: the line's books against the repayment ledger and checkout's authorisations. */
package com.creditline.creditlimit.reconciliation;
