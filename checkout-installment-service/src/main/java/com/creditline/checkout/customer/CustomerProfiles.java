package com.creditline.checkout.customer;

import com.creditline.common.error.NotFound;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customer profiles by customer id. */
public interface CustomerProfiles extends JpaRepository<CustomerProfile, String> {

    /** The customer's profile; a customer without an approved line has none. */
    default CustomerProfile require(String customerId) {
        return findById(customerId).orElseThrow(NoCreditLine::new);
    }

    /** The customer has no approved credit line. */
    class NoCreditLine extends NotFound {
        NoCreditLine() {
            super("The customer has no approved credit line.");
        }
    }
}
