/**
 * Contacting customers: the channels (one {@link com.creditline.collections.contact.ContactChannel}
 * per channel, logging by default), the record of every contact attempt, the contact window and
 * daily cap that decide whether an attempt may go out now, and each customer's time zone.
 */
package com.creditline.collections.contact;
