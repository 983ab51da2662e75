package com.creditline.collections.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.collections.contact.ContactRules.Decision;
import com.creditline.collections.contact.ContactRules.Defer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ContactRulesPropertiesTest {

    final ContactRules rules = new ContactRules(new ContactWindow(LocalTime.of(8, 0), LocalTime.of(21, 0)), 3);

    @Property
    void aDeferredContactWaitsForTheFirstMomentTheRulesAllowIt(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond,
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(max = 5) int sentToday) {
        Instant now = Instant.ofEpochSecond(epochSecond);

        Decision decision = rules.decide(now, zone, sentToday);

        if (decision instanceof Defer defer) {
            assertThat(defer.until()).isAfter(now);
            assertThat(rules.window().contains(defer.until(), zone)).isTrue();
            assertThat(defer.until().atZone(zone).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(Duration.between(now, defer.until())).isLessThanOrEqualTo(Duration.ofHours(32));
        } else {
            assertThat(rules.window().contains(now, zone)).isTrue();
            assertThat(sentToday).isLessThan(3);
        }
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "Pacific/Auckland", "UTC")
                .map(ZoneId::of);
    }
}
