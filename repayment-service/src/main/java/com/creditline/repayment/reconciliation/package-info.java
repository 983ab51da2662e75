/** What repayment-service reports for the platform's reconciliation. */
package com.creditline.repayment.reconciliation;
