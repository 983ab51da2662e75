/**
 * Merchant loans repaid from sales (docs/products.md): each day's net sales a merchant reports
 * sweep a share to its active loans repaid from sales, oldest first, as payments through the usual
 * payment path; the schedule's installments stay each period's minimum ({@code model.SalesSweep}).
 */
package com.creditline.repayment.sweep;
