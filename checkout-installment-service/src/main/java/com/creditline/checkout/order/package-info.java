/** Financed orders: authorisation with the fraud check and a hold, captures into plans, voids, refunds. */
package com.creditline.checkout.order;
