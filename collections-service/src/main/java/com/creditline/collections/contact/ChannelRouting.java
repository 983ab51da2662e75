package com.creditline.collections.contact;

import com.creditline.collections.strategy.model.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The channel for each {@link Channel}: the provider bean declared for it, or a logging stand-in. */
@Component
public class ChannelRouting {

    private static final Logger log = LoggerFactory.getLogger(ChannelRouting.class);

    private final Map<Channel, ContactChannel> byChannel = new EnumMap<>(Channel.class);

    ChannelRouting(List<ContactChannel> providers) {
        for (ContactChannel provider : providers) {
            if (byChannel.putIfAbsent(provider.channel(), provider) != null) {
                throw new IllegalStateException("two providers for the " + provider.channel() + " channel");
            }
        }
        for (Channel channel : Channel.values()) {
            if (!byChannel.containsKey(channel)) {
                byChannel.put(channel, new LoggingContactChannel(channel));
                log.info("no provider for the {} channel: its contact attempts are logged only", channel);
            }
        }
    }

    public ContactChannel of(Channel channel) {
        return byChannel.get(channel);
    }
}
