package com.creditline.repayment.funding;

import com.creditline.common.security.Caller;
import com.creditline.repayment.funding.model.Funder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each funder's books to those who may read them: staff read every funder's; a partner reads
 * only the books of the funder linked to it, and any other funder is not found to it, exactly as if
 * it did not exist (so that a partner cannot learn which funders there are). Whether the caller
 * holds the {@code funding:read} scope at all is checked before, at the endpoint.
 */
@Component
public class FunderScoping {

    private final Funders funders;

    FunderScoping(Funders funders) {
        this.funders = funders;
    }

    /** The funder, if the caller may read its books; {@link FunderNotFound} or a refusal otherwise. */
    @Transactional(readOnly = true)
    public Funder readableBy(String funderId, Caller caller) {
        return switch (caller.kind()) {
            case STAFF -> funders.findById(funderId).orElseThrow(() -> new FunderNotFound(funderId));
            case PARTNER ->
                funders.findById(funderId)
                        .filter(f -> f.readableBy(caller.partner()))
                        .orElseThrow(() -> new FunderNotFound(funderId));
            case CLIENT, SERVICE ->
                throw new AccessDeniedException("only staff and the funder's partner read its books");
        };
    }
}
