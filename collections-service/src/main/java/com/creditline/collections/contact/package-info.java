/**
 * Contacting customers at work: the channels (one {@link com.creditline.collections.contact.ContactChannel}
 * per channel, logging by default), the attempts' repository, the contact rules from configuration,
 * each customer's time zone, and the API that lists attempts and records zones. The rules are in
 * {@code contact.model}.
 */
package com.creditline.collections.contact;
