/**
 * Partner links: a customer's consent to let a partner platform use their credit line, recorded
 * with when, what for and who recorded it, and withdrawable. A partner sees a customer (quotes,
 * authorisations, its own orders) only while the link is active. The link and its rules are in
 * {@code partner.model}; here are the use cases, the repository and the controller.
 */
package com.creditline.checkout.partner;
