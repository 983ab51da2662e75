/** Quotes: the plans on offer for an amount and a customer, with APR first. */
package com.creditline.checkout.quote;
