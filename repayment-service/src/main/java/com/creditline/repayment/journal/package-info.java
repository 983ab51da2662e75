/**
 * The double-entry journal: every movement of money on the book posts one balanced entry (debits
 * equal credits, to the fen) to the chart of accounts; entries are append-only, a correction is a
 * reversing entry. The trial balance and the check of the journal's control accounts against the
 * plans' sub-ledger (docs/accounting.md).
 */
package com.creditline.repayment.journal;
