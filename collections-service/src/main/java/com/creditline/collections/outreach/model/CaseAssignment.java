package com.creditline.collections.outreach.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a collections case in the agents' work queue: an agent claims a case nobody holds (or
 * holds already), an admin assigns it to any agent, and its holder or an admin releases it. A case
 * another agent holds is not claimed, nor released, by someone else.
 */
@Entity
@Table(name = "case_assignment")
public class CaseAssignment {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    private String agent;
    private Instant assignedAt;
    private String assignedBy;
    private String reason;

    @Version
    private Long version;

    protected CaseAssignment() {}

    /** A case nobody holds yet. */
    public static CaseAssignment unheld(UUID caseId) {
        CaseAssignment assignment = new CaseAssignment();
        assignment.caseId = caseId;
        return assignment;
    }

    /** The agent takes the case for themselves; taking one they hold changes nothing. */
    public void claim(String by, String why, Instant at) {
        if (by.equals(agent)) {
            return;
        }
        requireNotHeldByAnother(by);
        hold(by, by, why, at);
    }

    /** An admin hands the case to an agent, whoever held it. */
    public void assign(String to, String by, String why, Instant at) {
        hold(to, by, why, at);
    }

    /** The holder lets the case go (an admin may too); releasing a case nobody holds changes nothing. */
    public void release(String by, boolean admin, String why, Instant at) {
        if (agent == null) {
            return;
        }
        if (!admin) {
            requireNotHeldByAnother(by);
        }
        hold(null, by, why, at);
    }

    /** Refuses an agent's work on a case another agent holds. */
    public void requireNotHeldByAnother(String by) {
        if (agent != null && !agent.equals(by)) {
            throw new CaseHeldByAnotherAgent();
        }
    }

    private void hold(String to, String by, String why, Instant at) {
        agent = to;
        assignedAt = at;
        assignedBy = by;
        reason = why;
    }

    public UUID caseId() {
        return caseId;
    }

    public Optional<String> agent() {
        return Optional.ofNullable(agent);
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }

    /** Why the latest change was made (its Audit-Reason). */
    public String reason() {
        return reason;
    }
}
