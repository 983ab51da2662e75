/** The rules of sweeping a share of a merchant's daily sales to its loans. */
package com.creditline.repayment.sweep.model;
