/** The chart of accounts and the journal entry that refuses to be unbalanced; plain Java and JPA. */
package com.creditline.repayment.journal.model;
