package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CasePolicy;
import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.cases.model.MakePromise;
import com.creditline.collections.cases.model.PromiseToPay;
import com.creditline.common.time.BusinessClock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** PromiseTracking to pay: made on an open case, and broken when their date passes with the customer still late. */
@Service
public class PromiseTracking {

    private static final Logger log = LoggerFactory.getLogger(PromiseTracking.class);

    private final CollectionCases cases;
    private final CaseEscalation escalation;
    private final CasePolicy policy;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    PromiseTracking(
            CollectionCases cases,
            CaseEscalation escalation,
            CasePolicy policy,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.cases = cases;
        this.escalation = escalation;
        this.policy = policy;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Transactional
    PromiseToPay make(UUID caseId, MakePromise promise) {
        CollectionCase c = cases.findById(caseId).orElseThrow(CaseNotFound::new);
        PromiseToPay made = c.promiseToPay(promise, clock.businessDate(), clock.now(), policy);
        log.info("case {}: promise to pay by {}, escalation paused", c.id(), promise.promisedDate());
        return made;
    }

    /**
     * Breaks the open promises dated before the business date and resumes their cases' escalation,
     * each case in its own transaction; returns how many were broken. A case changed meanwhile by an
     * event is left for the next run.
     */
    public int breakLapsed(LocalDate businessDate) {
        int broken = 0;
        for (UUID caseId : cases.findWithLapsedPromise(businessDate)) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> breakLapsed(caseId, businessDate)))) {
                    broken++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.info("case {} changed while its promise was reviewed; the next run reviews it again", caseId);
            }
        }
        return broken;
    }

    private boolean breakLapsed(UUID caseId, LocalDate businessDate) {
        CollectionCase c = cases.findById(caseId).orElseThrow();
        if (!c.breakPromiseIfLapsed(businessDate)) {
            return false;
        }
        log.info("case {}: promise to pay broken, escalation resumes", c.id());
        escalation.escalate(c);
        return true;
    }
}
