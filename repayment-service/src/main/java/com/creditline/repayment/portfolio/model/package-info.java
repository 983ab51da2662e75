/**
 * How the portfolio is sorted, plain Java: a plan's bucket ({@code PortfolioBucket}), its band of
 * days past due ({@code DaysPastDueBand}), the totals of both ({@code DelinquencyProfile}), when an
 * installment reached a number of days past due and the vintage curves that follow
 * ({@code VintageCurves}).
 */
package com.creditline.repayment.portfolio.model;
