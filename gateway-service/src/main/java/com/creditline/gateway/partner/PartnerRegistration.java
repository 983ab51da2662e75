package com.creditline.gateway.partner;

import com.creditline.gateway.partner.model.Partner;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ops register a partner platform, or a merchant's partner under the merchant's id. */
@Service
class PartnerRegistration {

    private final Partners partners;

    PartnerRegistration(Partners partners) {
        this.partners = partners;
    }

    /** A merchant's partner when a merchant id is given (a 409 if it has one already), else a platform. */
    @Transactional
    Partner register(String name, String merchantId, String actor, Instant now) {
        Partner partner = merchantId == null
                ? Partner.register(name, actor, now)
                : Partner.registerMerchant(merchantId, name, actor, now);
        partners.add(partner);
        return partner;
    }
}
