package com.creditline.checkout.partner;

import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.partner.model.LinkGrant;
import com.creditline.checkout.partner.model.LinkWithdrawal;
import com.creditline.checkout.partner.model.PartnerLink;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.time.BusinessClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers' consents to partners: granting (once while active), withdrawing, the history, and the
 * question every partner request asks: is this customer linked to this partner right now?
 */
@Service
public class PartnerLinking {

    /** A grant's outcome, and whether this request made it (false: the link was already active). */
    public record Grant(PartnerLink link, boolean created) {}

    private final PartnerLinks links;
    private final CustomerProfiles profiles;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    PartnerLinking(
            PartnerLinks links, CustomerProfiles profiles, BusinessClock clock, TransactionTemplate transactions) {
        this.links = links;
        this.profiles = profiles;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Links the customer's line to the partner. Only a customer with a credit line can link it.
     * Granting again while the link is active changes nothing and answers the existing link (with
     * its original purpose: a new purpose is a new consent, after a withdrawal).
     */
    Grant grant(LinkGrant grant) {
        try {
            return transactions.execute(tx -> {
                profiles.require(grant.customerId());
                return links.findActive(grant.customerId(), grant.partnerId())
                        .map(existing -> new Grant(existing, false))
                        .orElseGet(() -> new Grant(links.saveAndFlush(PartnerLink.granted(grant, now())), true));
            });
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            // A twin request granted it a moment ago (one active link per customer and partner).
            return transactions.execute(tx -> new Grant(
                    links.findActive(grant.customerId(), grant.partnerId()).orElseThrow(() -> raced), false));
        }
    }

    /**
     * Withdraws the active link. Withdrawing a link that is already withdrawn changes nothing; a
     * link that never existed is {@link PartnerLinkNotFound}.
     */
    @Transactional
    void withdraw(LinkWithdrawal withdrawal) {
        CustomerId customerId = withdrawal.customerId();
        PartnerId partnerId = withdrawal.partnerId();
        links.lockActive(customerId, partnerId)
                .ifPresentOrElse(link -> link.withdraw(withdrawal.by(), withdrawal.reason(), now()), () -> {
                    if (!links.existsByCustomerIdAndPartnerId(customerId, partnerId)) {
                        throw new PartnerLinkNotFound();
                    }
                });
    }

    /** Every link the customer granted, newest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    List<PartnerLink> history(CustomerId customerId) {
        return links.findByCustomerIdOrderByGrantedAtDesc(customerId);
    }

    /** The time as it is stored (to the microsecond), so that an answer and a later read agree. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether the customer's line is linked to the partner now. */
    @Transactional(readOnly = true)
    public boolean isLinked(CustomerId customerId, PartnerId partnerId) {
        return links.isActive(customerId, partnerId);
    }

    /**
     * For a partner, a customer exists only while linked to it: otherwise the answer is exactly the
     * one about a customer without a credit line, so that the partner learns nothing.
     */
    public void requireLinked(CustomerId customerId, PartnerId partnerId) {
        if (!isLinked(customerId, partnerId)) {
            throw new CustomerProfiles.NoCreditLine();
        }
    }
}
