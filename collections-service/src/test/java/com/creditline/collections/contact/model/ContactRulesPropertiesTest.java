package com.creditline.collections.contact.model;

import static com.creditline.common.test.Generators.tuple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.*;

import com.creditline.collections.contact.model.ContactRules.Decision;
import com.creditline.collections.contact.model.ContactRules.Defer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ContactRulesPropertiesTest {

    final ContactRules rules = new ContactRules(new ContactWindow(LocalTime.of(8, 0), LocalTime.of(21, 0)), 3);

    @Test
    void aDeferredContactWaitsForTheFirstMomentTheRulesAllowIt() {
        qt().forAll(tuple(
                        longs().between(1_700_000_000L, 1_900_000_000L),
                        zones(),
                        integers().between(0, 5)))
                .checkAssert(v -> aDeferredContactWaitsForTheFirstMomentTheRulesAllowItHolds(
                        (long) v[0], (ZoneId) v[1], (int) v[2]));
    }

    private void aDeferredContactWaitsForTheFirstMomentTheRulesAllowItHolds(
            long epochSecond, ZoneId zone, int sentToday) {
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

    static Gen<ZoneId> zones() {
        return arbitrary()
                .pick(List.of("Asia/Shanghai", "Europe/Berlin", "America/New_York", "Pacific/Auckland", "UTC"))
                .map((String name) -> ZoneId.of(name));
    }
}
