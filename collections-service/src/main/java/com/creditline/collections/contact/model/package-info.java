/**
 * Contacting a customer, in plain Java: the record of a contact attempt and what may become of it,
 * the message a channel sends, the contact window and daily cap that decide whether an attempt may
 * go out now, and the time zone recorded for a customer.
 */
package com.creditline.collections.contact.model;
