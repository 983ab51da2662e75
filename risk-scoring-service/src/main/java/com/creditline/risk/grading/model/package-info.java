/** A customer's grade of record and its changes, as plain Java. */
package com.creditline.risk.grading.model;
