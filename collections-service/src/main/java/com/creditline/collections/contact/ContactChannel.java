package com.creditline.collections.contact;

import com.creditline.collections.contact.model.ContactMessage;
import com.creditline.collections.strategy.model.Channel;

/**
 * Delivers contact attempts on one channel. A real provider (an SMS gateway, a dialer, a letter
 * service) is a Spring bean implementing this; a channel without one logs its attempts instead.
 * Throwing means the attempt was not delivered; it is tried again later.
 */
public interface ContactChannel {

    Channel channel();

    void send(ContactMessage message);
}
