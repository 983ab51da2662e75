package com.creditline.creditlimit.account.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CampaignRaiseTest {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate FESTIVAL_START = LocalDate.of(2026, 6, 10);
    static final LocalDate FESTIVAL_END = LocalDate.of(2026, 6, 18);
    static final CustomerId CUSTOMER = CustomerId.of("c-1");

    static CreditAccount line(String limit) {
        return CreditAccount.open(
                new OpeningCreditLine(CUSTOMER, Money.of(limit), "B", "TIER_B", "test", "approved"), NOW);
    }

    static CampaignRaiseOffer percentOf(String percent) {
        return new CampaignRaiseOffer(
                CUSTOMER, "cmp-618", "618", new BigDecimal(percent), null, FESTIVAL_START, FESTIVAL_END);
    }

    static CampaignRaiseOffer fixed(String amount) {
        return new CampaignRaiseOffer(CUSTOMER, "cmp-618", "618", null, Money.of(amount), FESTIVAL_START, FESTIVAL_END);
    }

    @Test
    void shouldRoundAPercentOfThePermanentLimitDownToTheWholeYuan() {
        CreditAccount account = line("3333.00");

        AccountChange change = account.placeCampaignRaise(percentOf("12.5"), TODAY, NOW);

        // 12.5% of 3,333.00 is 416.625: the raise is 416.00.
        assertThat(account.raises()).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Money.of("416.00"));
            assertThat(r.source()).isEqualTo(TemporaryRaise.Source.CAMPAIGN);
            assertThat(r.campaignId()).isEqualTo("cmp-618");
        });
        assertThat(change.kind()).isEqualTo(AccountChange.Kind.TEMPORARY_RAISE_ADDED);
        assertThat(change.actor()).isEqualTo("campaign 618");
        assertThat(change.campaignId()).isEqualTo("cmp-618");
        assertThat(account.effectiveLimit(FESTIVAL_START)).isEqualTo(Money.of("3749.00"));
        assertThat(account.effectiveLimit(FESTIVAL_END.plusDays(1))).isEqualTo(Money.of("3333.00"));
    }

    @Test
    void shouldCapARaiseSoThatTheLimitNeverPassesTheCeiling() {
        CreditAccount account = line("199000.00");

        AccountChange change = account.placeCampaignRaise(fixed("5000.00"), TODAY, NOW);

        assertThat(account.raises())
                .singleElement()
                .extracting(TemporaryRaise::amount)
                .isEqualTo(Money.of("1000.00"));
        assertThat(change.reason()).contains("capped at the ceiling of 200000.00 (offered 5000.00)");
        assertThat(account.effectiveLimit(FESTIVAL_START)).isEqualTo(CreditAccount.MAXIMUM_LIMIT);
    }

    @Test
    void shouldCapAgainstTheHighestDayOfOverlappingRaises() {
        CreditAccount account = line("190000.00");
        // An officer's raise covers the last days of the festival only.
        account.addTemporaryRaise(
                new TemporaryRaise(Money.of("6000.00"), FESTIVAL_END.minusDays(2), FESTIVAL_END.plusDays(5)),
                "staff:olga",
                "VIP",
                NOW);
        // Another one ends before the festival and does not count.
        account.addTemporaryRaise(
                new TemporaryRaise(Money.of("9000.00"), TODAY, FESTIVAL_START.minusDays(1)), "staff:olga", "VIP", NOW);

        account.placeCampaignRaise(fixed("8000.00"), TODAY, NOW);

        TemporaryRaise campaign = account.raises().getLast();
        assertThat(campaign.amount()).isEqualTo(Money.of("4000.00"));
        for (LocalDate day = TODAY; !day.isAfter(FESTIVAL_END.plusDays(6)); day = day.plusDays(1)) {
            assertThat(account.effectiveLimit(day)).isLessThanOrEqualTo(CreditAccount.MAXIMUM_LIMIT);
        }
        assertThat(account.effectiveLimit(FESTIVAL_START)).isEqualTo(Money.of("194000.00"));
        assertThat(account.effectiveLimit(FESTIVAL_END)).isEqualTo(CreditAccount.MAXIMUM_LIMIT);
    }

    @Test
    void shouldPlaceNothingButSayWhyWhenTheLineIsAtTheCeilingOrNotActive() {
        CreditAccount atCeiling = line("200000.00");
        AccountChange full = atCeiling.placeCampaignRaise(fixed("1000.00"), TODAY, NOW);

        CreditAccount frozen = line("5000.00");
        frozen.freeze("fraud-check", "fraud decline of order o-1: BLOCKED_DEVICE", NOW);
        AccountChange refused = frozen.placeCampaignRaise(percentOf("20"), TODAY, NOW);

        assertThat(atCeiling.raises()).isEmpty();
        assertThat(full.kind()).isEqualTo(AccountChange.Kind.CAMPAIGN_RAISE_NOT_PLACED);
        assertThat(full.reason()).contains("at the ceiling");
        assertThat(full.campaignId()).isEqualTo("cmp-618");
        assertThat(frozen.raises()).isEmpty();
        assertThat(refused.reason()).endsWith("not placed: the line is FROZEN");
        assertThat(refused.actor()).isEqualTo("campaign 618");
    }

    @Test
    void shouldPlaceNoRaiseForACampaignAlreadyOver() {
        CreditAccount account = line("5000.00");

        AccountChange change = account.placeCampaignRaise(fixed("1000.00"), FESTIVAL_END.plusDays(1), NOW);

        assertThat(change.kind()).isEqualTo(AccountChange.Kind.CAMPAIGN_RAISE_NOT_PLACED);
        assertThat(account.raises()).isEmpty();
    }
}
