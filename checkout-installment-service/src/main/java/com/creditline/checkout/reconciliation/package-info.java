/** What checkout-installment-service reports for the platform's reconciliation. */
package com.creditline.checkout.reconciliation;
