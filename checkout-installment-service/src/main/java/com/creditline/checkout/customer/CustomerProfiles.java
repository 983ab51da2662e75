package com.creditline.checkout.customer;

import com.creditline.common.error.NotFound;
import com.creditline.common.id.CustomerId;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customer profiles by customer id. */
public interface CustomerProfiles extends JpaRepository<CustomerProfile, CustomerId> {

    /** The customer's profile; a customer without an approved line has none. */
    default CustomerProfile require(CustomerId customerId) {
        return findById(customerId).orElseThrow(NoCreditLine::new);
    }

    /**
     * The customer has no approved credit line. Also the answer to a partner about a customer who
     * has not linked their line to it, so that a partner cannot tell the two apart.
     */
    class NoCreditLine extends NotFound {
        public NoCreditLine() {
            super("The customer has no approved credit line.");
        }
    }
}
