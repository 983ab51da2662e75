/**
 * Financed orders: authorisation with the fraud check and a hold, captures into plans, voids,
 * refunds; scoped for partners (their own orders, of customers linked to them) and reported to
 * them through webhooks.
 */
package com.creditline.checkout.order;
