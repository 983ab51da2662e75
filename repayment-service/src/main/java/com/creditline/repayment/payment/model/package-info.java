/** A payment received against a plan, kept by the caller's reference so that a retry finds it. */
package com.creditline.repayment.payment.model;
