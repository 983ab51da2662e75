package com.creditline.collections.contact.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.collections.contact.model.ContactRules.Decision;
import com.creditline.collections.contact.model.ContactRules.Defer;
import com.creditline.collections.contact.model.ContactRules.Send;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    final ContactRules rules = new ContactRules(new ContactWindow(LocalTime.of(8, 0), LocalTime.of(21, 0)), 3);

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void shouldContactFromEightOClockSharp() {
        assertThat(rules.decide(at("2026-03-02T08:00:00", SHANGHAI), SHANGHAI, 0))
                .isInstanceOf(Send.class);
    }

    @Test
    void shouldDeferAContactJustBeforeEightToEightTheSameMorning() {
        Decision decision = rules.decide(at("2026-03-02T07:59:59", SHANGHAI), SHANGHAI, 0);

        assertThat(decision).isEqualTo(new Defer(at("2026-03-02T08:00:00", SHANGHAI), reasonOutside(SHANGHAI)));
    }

    @Test
    void shouldContactUntilJustBeforeNine() {
        assertThat(rules.decide(at("2026-03-02T20:59:59", SHANGHAI), SHANGHAI, 0))
                .isInstanceOf(Send.class);
    }

    @Test
    void shouldDeferAContactAtNineOClockToEightTheNextMorning() {
        Decision decision = rules.decide(at("2026-03-02T21:00:00", SHANGHAI), SHANGHAI, 0);

        assertThat(decision).isEqualTo(new Defer(at("2026-03-03T08:00:00", SHANGHAI), reasonOutside(SHANGHAI)));
    }

    @Test
    void shouldDeferAContactAfterMidnightToEightThatMorning() {
        Decision decision = rules.decide(at("2026-03-03T00:30:00", SHANGHAI), SHANGHAI, 0);

        assertThat(decision).isEqualTo(new Defer(at("2026-03-03T08:00:00", SHANGHAI), reasonOutside(SHANGHAI)));
    }

    @Test
    void shouldJudgeTheWindowInTheCustomersOwnTimeZone() {
        Instant tenInShanghai = at("2026-03-02T10:00:00", SHANGHAI); // 03:00 in Berlin

        assertThat(rules.decide(tenInShanghai, SHANGHAI, 0)).isInstanceOf(Send.class);
        assertThat(rules.decide(tenInShanghai, BERLIN, 0))
                .isEqualTo(new Defer(at("2026-03-02T08:00:00", BERLIN), reasonOutside(BERLIN)));
    }

    @Test
    void shouldOpenAtEightLocalTimeOnTheDayClocksGoForward() {
        // New York moves from EST to EDT at 02:00 on 8 March 2026: 08:00 is then 12:00 UTC, not 13:00.
        Decision decision = rules.decide(at("2026-03-08T05:00:00", NEW_YORK), NEW_YORK, 0);

        assertThat(decision).isEqualTo(new Defer(Instant.parse("2026-03-08T12:00:00Z"), reasonOutside(NEW_YORK)));
    }

    @Test
    void shouldAllowThreeContactsADayAndDeferTheRestToTheNextMorning() {
        Instant noon = at("2026-03-02T12:00:00", SHANGHAI);

        assertThat(rules.decide(noon, SHANGHAI, 2)).isInstanceOf(Send.class);
        assertThat(rules.decide(noon, SHANGHAI, 3))
                .isEqualTo(new Defer(at("2026-03-03T08:00:00", SHANGHAI), "daily cap of 3 contacts reached"));
    }

    @Test
    void shouldCountTheCapOverTheCustomersCalendarDay() {
        ContactWindow.Day day = rules.window().dayOf(at("2026-03-02T12:00:00", BERLIN), BERLIN);

        assertThat(day.start()).isEqualTo(at("2026-03-02T00:00:00", BERLIN));
        assertThat(day.end()).isEqualTo(at("2026-03-03T00:00:00", BERLIN));
    }

    @Test
    void shouldRefuseAWindowThatClosesBeforeItOpensOrACapOfNothing() {
        assertThatThrownBy(() -> new ContactWindow(LocalTime.of(21, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactRules(rules.window(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private String reasonOutside(ZoneId zone) {
        return "outside contact hours 08:00-21:00 " + zone.getId();
    }
}
