package com.creditline.checkout.partner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartnerLinkTest {

    static final Instant GRANTED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void shouldRecordWhoWithdrewWhenAndWhyAndStayWithdrawn() {
        PartnerLink link = PartnerLink.granted(
                new LinkGrant(CustomerId.of("c-1"), PartnerId.of("P-1"), "pay later at P-1", "client:shop"), GRANTED);

        link.withdraw("client:shop", "no longer shops there", GRANTED.plusSeconds(3600));

        assertThat(link.isActive()).isFalse();
        assertThat(link.withdrawnAt()).isEqualTo(GRANTED.plusSeconds(3600));
        assertThat(link.withdrawnBy()).isEqualTo("client:shop");
        assertThat(link.withdrawalReason()).isEqualTo("no longer shops there");
        assertThatThrownBy(() -> link.withdraw("staff:alice", null, GRANTED.plusSeconds(7200)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(link.withdrawnBy()).isEqualTo("client:shop");
    }

    @Test
    void shouldNeverBeWithdrawnBeforeItWasGranted() {
        PartnerLink link = PartnerLink.granted(
                new LinkGrant(CustomerId.of("c-1"), PartnerId.of("P-1"), "pay later", "client:shop"), GRANTED);

        link.withdraw("client:shop", null, GRANTED.minusSeconds(5));

        assertThat(link.withdrawnAt()).isEqualTo(GRANTED);
    }
}
