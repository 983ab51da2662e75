package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CollectionCase;
import com.creditline.collections.contact.AttemptView;
import com.creditline.collections.contact.ContactAttempts;
import com.creditline.common.id.CustomerId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases with their promises and attempts, in one read-only transaction. */
@Service
class CaseReading {

    private final CollectionCases cases;
    private final ContactAttempts attempts;

    CaseReading(CollectionCases cases, ContactAttempts attempts) {
        this.cases = cases;
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    CaseView byId(UUID caseId) {
        return view(cases.findById(caseId).orElseThrow(CaseNotFound::new));
    }

    @Transactional(readOnly = true)
    List<CaseView> byCustomer(CustomerId customerId) {
        return cases.findByCustomerIdOrderByOpenedOnDesc(customerId).stream()
                .map(this::view)
                .toList();
    }

    private CaseView view(CollectionCase c) {
        return CaseView.of(
                c,
                attempts.findByCaseIdOrderByCreatedAtAscStepDayAscChannelAsc(c.id()).stream()
                        .map(AttemptView::of)
                        .toList());
    }
}
