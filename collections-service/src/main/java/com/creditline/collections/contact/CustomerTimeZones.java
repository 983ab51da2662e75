package com.creditline.collections.contact;

import com.creditline.collections.contact.model.CustomerTimeZone;
import com.creditline.common.id.CustomerId;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers' time zones by customer id. */
interface CustomerTimeZones extends JpaRepository<CustomerTimeZone, String> {

    default Optional<CustomerTimeZone> findByCustomer(CustomerId customerId) {
        return findById(customerId.value());
    }
}
