package com.creditline.checkout.partner;

import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.checkout.partner.model.PartnerLink;
import com.creditline.common.error.DatabaseRefusal;
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

    /** The partner ids the gateway issues: opaque, at most 64 characters. */
    public static final String PARTNER_ID = "[A-Za-z0-9_.:-]{1,64}";

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
    Grant grant(String customerId, String partnerId, String purpose, String grantedBy) {
        try {
            return transactions.execute(tx -> {
                profiles.require(customerId);
                return links.findActive(customerId, partnerId)
                        .map(existing -> new Grant(existing, false))
                        .orElseGet(() -> new Grant(
                                links.saveAndFlush(
                                        PartnerLink.granted(customerId, partnerId, purpose, grantedBy, now())),
                                true));
            });
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            // A twin request granted it a moment ago (one active link per customer and partner).
            return transactions.execute(
                    tx -> new Grant(links.findActive(customerId, partnerId).orElseThrow(() -> raced), false));
        }
    }

    /**
     * Withdraws the active link. Withdrawing a link that is already withdrawn changes nothing; a
     * link that never existed is {@link PartnerLinkNotFound}.
     */
    @Transactional
    void withdraw(String customerId, String partnerId, String withdrawnBy, String reason) {
        links.lockActive(customerId, partnerId)
                .ifPresentOrElse(link -> link.withdraw(withdrawnBy, reason, now()), () -> {
                    if (!links.existsByCustomerIdAndPartnerId(customerId, partnerId)) {
                        throw new PartnerLinkNotFound();
                    }
                });
    }

    /** Every link the customer granted, newest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    List<PartnerLink> history(String customerId) {
        return links.findByCustomerIdOrderByGrantedAtDesc(customerId);
    }

    /** The time as it is stored (to the microsecond), so that an answer and a later read agree. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether the customer's line is linked to the partner now. */
    @Transactional(readOnly = true)
    public boolean isLinked(String customerId, String partnerId) {
        return links.isActive(customerId, partnerId);
    }

    /**
     * For a partner, a customer exists only while linked to it: otherwise the answer is exactly the
     * one about a customer without a credit line, so that the partner learns nothing.
     */
    public void requireLinked(String customerId, String partnerId) {
        if (!isLinked(customerId, partnerId)) {
            throw new CustomerProfiles.NoCreditLine();
        }
    }
}
