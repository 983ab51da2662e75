package com.creditline.collections.outreach.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseAssignmentTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void shouldLetAnAgentClaimACaseNobodyHoldsAndClaimItAgain() {
        CaseAssignment a = CaseAssignment.unheld(UUID.randomUUID());
        a.claim("colin", "working it", AT);
        a.claim("colin", "again", AT.plusSeconds(60));

        assertThat(a.agent()).contains("colin");
        assertThat(a.assignedBy()).isEqualTo("colin");
        assertThat(a.assignedAt()).isEqualTo(AT);
        assertThat(a.reason()).isEqualTo("working it");
    }

    @Test
    void shouldRefuseASecondAgentsClaimReleaseAndCallsUntilReleased() {
        CaseAssignment a = CaseAssignment.unheld(UUID.randomUUID());
        a.claim("colin", "working it", AT);

        assertThatThrownBy(() -> a.claim("celia", "mine now", AT)).isInstanceOf(CaseHeldByAnotherAgent.class);
        assertThatThrownBy(() -> a.release("celia", false, "not hers", AT)).isInstanceOf(CaseHeldByAnotherAgent.class);
        assertThatThrownBy(() -> a.requireNotHeldByAnother("celia")).isInstanceOf(CaseHeldByAnotherAgent.class);

        a.release("colin", false, "done", AT);
        assertThat(a.agent()).isEmpty();
        a.claim("celia", "mine now", AT);
        assertThat(a.agent()).contains("celia");
    }

    @Test
    void shouldLetAnAdminAssignAndReleaseWhoeverHeldTheCase() {
        CaseAssignment a = CaseAssignment.unheld(UUID.randomUUID());
        a.claim("colin", "working it", AT);

        a.assign("celia", "ada", "colin is away", AT);
        assertThat(a.agent()).contains("celia");
        assertThat(a.assignedBy()).isEqualTo("ada");
        assertThat(a.reason()).isEqualTo("colin is away");

        a.release("ada", true, "back to the pool", AT);
        assertThat(a.agent()).isEmpty();
        assertThat(a.assignedBy()).isEqualTo("ada");
    }
}
