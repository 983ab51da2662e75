/** The reserve's and the provisions' rules, in plain Java. */
package com.creditline.repayment.reserve.model;
