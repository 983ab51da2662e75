package com.creditline.repayment.creditbalance;

import com.creditline.repayment.creditbalance.model.Payout;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Payouts of credit balances. */
interface Payouts extends JpaRepository<Payout, UUID> {

    Optional<Payout> findByPayoutReference(String payoutReference);

    /** Requested payouts older than the instant, for the local provider to confirm; skips locked rows. */
    @Query(
            value = "SELECT * FROM credit_balance_payout WHERE status = 'REQUESTED' AND requested_at < ?1"
                    + " ORDER BY requested_at LIMIT 100 FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<Payout> claimRequestedBefore(Instant before);
}
