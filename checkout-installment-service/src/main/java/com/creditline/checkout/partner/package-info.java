/**
 * Partner links: a customer's consent to let a partner platform use their credit line, recorded
 * with when, what for and who recorded it, and withdrawable. A partner sees a customer (quotes,
 * authorisations, its own orders) only while the link is active.
 */
package com.creditline.checkout.partner;
