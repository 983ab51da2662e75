/** A funder and its terms, and the funding policy that splits a plan; plain Java and JPA. */
package com.creditline.repayment.funding.model;
