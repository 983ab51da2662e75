/** The rules of billing a merchant for the sales the platform finances. */
package com.creditline.repayment.merchant.model;
