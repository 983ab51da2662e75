package com.creditline.checkout.customer;

import com.creditline.common.error.NotFound;
import com.creditline.common.id.CustomerId;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customer profiles by customer id. The key is the id's text: JPA maps no {@code @Id} through a converter, so the typed id is unwrapped here and nowhere else. */
public interface CustomerProfiles extends JpaRepository<CustomerProfile, String> {

    /** The customer's profile; a customer without an approved line has none. */
    default CustomerProfile require(CustomerId customerId) {
        return find(customerId).orElseThrow(NoCreditLine::new);
    }

    default Optional<CustomerProfile> find(CustomerId customerId) {
        return findById(customerId.value());
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
