package com.creditline.collections.outreach;

import com.creditline.collections.cases.CaseNotFound;
import com.creditline.collections.cases.CollectionCases;
import com.creditline.collections.cases.model.CaseStatus;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.collections.contact.model.AgentCall;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.collections.outreach.model.CaseAssignment;
import com.creditline.collections.outreach.model.CaseNotWorkable;
import com.creditline.common.time.BusinessClock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents working the queue: claiming, assigning and releasing an open case, and recording the
 * outcome of a call as a contact attempt with the agent's name. Logs name the case and the staff
 * user, never the customer nor the agent's note.
 */
@Service
class AgentWork {

    private static final Logger log = LoggerFactory.getLogger(AgentWork.class);

    private final CollectionCases cases;
    private final CaseAssignments assignments;
    private final ContactAttempts attempts;
    private final BusinessClock clock;

    AgentWork(CollectionCases cases, CaseAssignments assignments, ContactAttempts attempts, BusinessClock clock) {
        this.cases = cases;
        this.assignments = assignments;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional
    CaseAssignment claim(UUID caseId, String agent, String why) {
        CaseAssignment assignment = assignmentOfOpen(caseId);
        assignment.claim(agent, why, clock.now());
        log.info("case {}: claimed by {}", caseId, agent);
        return assignments.save(assignment);
    }

    @Transactional
    CaseAssignment assign(UUID caseId, String agent, String by, String why) {
        CaseAssignment assignment = assignmentOfOpen(caseId);
        assignment.assign(agent, by, why, clock.now());
        log.info("case {}: assigned to {} by {}", caseId, agent, by);
        return assignments.save(assignment);
    }

    @Transactional
    CaseAssignment release(UUID caseId, String by, boolean admin, String why) {
        CollectionCase c = cases.findById(caseId).orElseThrow(CaseNotFound::new);
        CaseAssignment assignment = assignments.findById(c.id()).orElseGet(() -> CaseAssignment.unheld(c.id()));
        assignment.release(by, admin, why, clock.now());
        log.info("case {}: released by {}", caseId, by);
        return assignments.save(assignment);
    }

    @Transactional
    ContactAttempt recordCall(UUID caseId, AgentCall call) {
        CollectionCase c = openCase(caseId);
        assignments.findById(caseId).ifPresent(a -> a.requireNotHeldByAnother(call.agent()));
        ContactAttempt attempt =
                attempts.save(ContactAttempt.agentCall(c.id(), c.customerId(), c.daysPastDue(), call, clock.now()));
        log.info("case {}: call by {}, {}", caseId, call.agent(), call.outcome());
        return attempt;
    }

    private CaseAssignment assignmentOfOpen(UUID caseId) {
        CollectionCase c = openCase(caseId);
        return assignments.findById(c.id()).orElseGet(() -> CaseAssignment.unheld(c.id()));
    }

    private CollectionCase openCase(UUID caseId) {
        CollectionCase c = cases.findById(caseId).orElseThrow(CaseNotFound::new);
        if (c.status() != CaseStatus.OPEN) {
            throw new CaseNotWorkable();
        }
        return c;
    }
}
