package com.creditline.checkout.partner;

import com.creditline.checkout.partner.model.PartnerLink;
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
    Optional<PartnerLink> findActive(String customerId, String partnerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PartnerLink l where l.customerId = :customerId and l.partnerId = :partnerId"
            + " and l.withdrawnAt is null")
    Optional<PartnerLink> lockActive(String customerId, String partnerId);

    @Query("select count(l) > 0 from PartnerLink l where l.customerId = :customerId and l.partnerId = :partnerId"
            + " and l.withdrawnAt is null")
    boolean isActive(String customerId, String partnerId);

    boolean existsByCustomerIdAndPartnerId(String customerId, String partnerId);

    List<PartnerLink> findByCustomerIdOrderByGrantedAtDesc(String customerId);
}
