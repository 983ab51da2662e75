/**
 * What a merchant reads about its own loans under {@code /api/v1/merchants/{merchantId}/**}
 * (docs/products.md, merchant loans): its loans (plans of product MERCHANT for borrower
 * {@code mch-<merchantId>}) as the plan view shows them, one loan with its ledger, and its monthly loan
 * statement built from the loans' ledger entries ({@code model}).
 */
package com.creditline.repayment.merchantloan;
