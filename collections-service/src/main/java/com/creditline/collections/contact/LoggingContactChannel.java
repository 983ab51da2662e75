package com.creditline.collections.contact;

import com.creditline.collections.contact.model.ContactMessage;
import com.creditline.collections.strategy.model.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stand-in for a channel without a provider: logs the attempt, with the customer id masked. */
final class LoggingContactChannel implements ContactChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingContactChannel.class);

    private final Channel channel;

    LoggingContactChannel(Channel channel) {
        this.channel = channel;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public void send(ContactMessage message) {
        log.info(
                "contact attempt {} via {} with template {} to customer {}",
                message.attemptId(),
                channel,
                message.template(),
                message.customerId().masked());
    }
}
