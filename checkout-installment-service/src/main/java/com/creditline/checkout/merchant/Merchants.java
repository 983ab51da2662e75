package com.creditline.checkout.merchant;

import com.creditline.checkout.merchant.model.Merchant;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The merchants enrolled, by id, with their agreements. */
public interface Merchants extends JpaRepository<Merchant, String> {

    List<Merchant> findAllByOrderByMerchantId();

    /** The merchant, locked until the transaction ends: ops' changes to one merchant are made one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Merchant m where m.merchantId = :merchantId")
    Optional<Merchant> lock(String merchantId);
}
