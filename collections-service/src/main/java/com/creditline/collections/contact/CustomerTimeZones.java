package com.creditline.collections.contact;

import com.creditline.collections.contact.model.CustomerTimeZone;
import com.creditline.common.id.CustomerId;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers' time zones by customer id. */
interface CustomerTimeZones extends JpaRepository<CustomerTimeZone, CustomerId> {}
