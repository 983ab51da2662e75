/**
 * What a funder sees of its books: its daily statement, read from the journal itself (its lines of
 * a business date per plan, tied out against the journal's own totals), and its loan tape (every
 * plan it holds or held, without the customer's personal data). Staff read every funder's; a
 * partner's {@code funding:read} key reads only the funder linked to it (docs/funding.md).
 */
package com.creditline.repayment.funderbooks;
