package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.CashDraw;
import com.creditline.checkout.cash.model.CashDrawId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Draws (cash and merchant) by id. */
interface CashDraws extends JpaRepository<CashDraw, UUID> {

    Optional<CashDraw> findByCustomerIdAndIdempotencyKey(CustomerId customerId, String idempotencyKey);

    List<CashDraw> findByCustomerIdOrderByRequestedAtDesc(CustomerId customerId);

    List<CashDraw> findByMerchantIdOrderByRequestedAtDesc(MerchantId merchantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from CashDraw d where d.drawId = :drawId")
    Optional<CashDraw> lock(UUID drawId);

    default Optional<CashDraw> lock(CashDrawId drawId) {
        return lock(drawId.value());
    }

    default Optional<CashDraw> find(CashDrawId drawId) {
        return findById(drawId.value());
    }

    /** Draws whose process died while the line was asked for the hold. */
    @Query("select d from CashDraw d where d.status = 'REQUESTED' and d.holdPlaced = false and d.requestedAt < :before")
    List<CashDraw> findHoldingBefore(Instant before);

    /** Draws whose payout was answered but not yet settled on the line. */
    @Query(
            "select d from CashDraw d where d.status = 'REQUESTED' and d.payoutPaid is not null and d.answeredAt < :before")
    List<CashDraw> findAnsweredBefore(Instant before);
}
