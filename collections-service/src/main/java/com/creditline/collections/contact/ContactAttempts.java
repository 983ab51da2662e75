package com.creditline.collections.contact;

import com.creditline.collections.contact.model.AttemptStatus;
import com.creditline.collections.contact.model.ContactAttempt;
import com.creditline.common.id.CustomerId;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every contact attempt, pending or done. */
public interface ContactAttempts extends JpaRepository<ContactAttempt, UUID> {

    List<AttemptStatus> PENDING = List.of(AttemptStatus.SCHEDULED, AttemptStatus.DEFERRED);

    List<ContactAttempt> findByCaseIdOrderByCreatedAtAscStepDayAscChannelAsc(UUID caseId);

    List<ContactAttempt> findByCustomerIdOrderByCreatedAtAscStepDayAscChannelAsc(CustomerId customerId);

    @Query("select a.id from ContactAttempt a where a.status in :statuses and a.scheduledFor <= :now"
            + " and (a.claimedUntil is null or a.claimedUntil <= :claimsEndedBy)"
            + " order by a.scheduledFor, a.createdAt, a.stepDay, a.channel")
    List<UUID> findDue(Collection<AttemptStatus> statuses, Instant now, Instant claimsEndedBy, Limit limit);

    /**
     * Pending attempts scheduled at or before {@code now} that no run holds a claim on at
     * {@code claimsEndedBy}, oldest scheduled first.
     */
    default List<UUID> findDue(Instant now, Instant claimsEndedBy, int limit) {
        return findDue(PENDING, now, claimsEndedBy, Limit.of(limit));
    }

    /** The attempt, locked until the transaction ends, so two runs never send it twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ContactAttempt a where a.id = :id")
    Optional<ContactAttempt> lockById(UUID id);

    long countByCustomerIdAndStatusAndSentAtGreaterThanEqualAndSentAtLessThan(
            CustomerId customerId, AttemptStatus status, Instant from, Instant until);

    default long countSentBetween(CustomerId customerId, Instant from, Instant until) {
        return countByCustomerIdAndStatusAndSentAtGreaterThanEqualAndSentAtLessThan(
                customerId, AttemptStatus.SENT, from, until);
    }

    long countByCustomerIdAndStatusInAndClaimedUntilAfter(
            CustomerId customerId, Collection<AttemptStatus> statuses, Instant at);

    /** The customer's attempts claimed for sending and not recorded yet, whose claim still holds at {@code at}. */
    default long countBeingSent(CustomerId customerId, Instant at) {
        return countByCustomerIdAndStatusInAndClaimedUntilAfter(customerId, PENDING, at);
    }
}
