package com.creditline.checkout.partner;

import com.creditline.checkout.partner.model.PartnerLink;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.PartnerId;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Partner links by customer and partner. */
interface PartnerLinks extends JpaRepository<PartnerLink, UUID> {

    @Query("select l from PartnerLink l where l.customerId = :customerId and l.partnerId = :partnerId"
            + " and l.withdrawnAt is null")
    Optional<PartnerLink> findActive(CustomerId customerId, PartnerId partnerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PartnerLink l where l.customerId = :customerId and l.partnerId = :partnerId"
            + " and l.withdrawnAt is null")
    Optional<PartnerLink> lockActive(CustomerId customerId, PartnerId partnerId);

    @Query("select count(l) > 0 from PartnerLink l where l.customerId = :customerId and l.partnerId = :partnerId"
            + " and l.withdrawnAt is null")
    boolean isActive(CustomerId customerId, PartnerId partnerId);

    boolean existsByCustomerIdAndPartnerId(CustomerId customerId, PartnerId partnerId);

    List<PartnerLink> findByCustomerIdOrderByGrantedAtDesc(CustomerId customerId);
}
