/**
 * A funder and its terms, the funding policy that splits a plan, and the rules of each holder's
 * share of the money (fee shares, recoveries, guarantees, settlements); plain Java and JPA.
 */
package com.creditline.repayment.funding.model;
