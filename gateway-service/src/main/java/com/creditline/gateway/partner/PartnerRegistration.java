package com.creditline.gateway.partner;

import com.creditline.gateway.partner.model.Partner;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ops register a partner platform. */
@Service
class PartnerRegistration {

    private final Partners partners;

    PartnerRegistration(Partners partners) {
        this.partners = partners;
    }

    @Transactional
    Partner register(String name, String actor, Instant now) {
        Partner partner = Partner.register(name, actor, now);
        partners.add(partner);
        return partner;
    }
}
