package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.creditlimit.account.model.AccountChange;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The audit trail of account changes. */
public interface AccountChanges extends JpaRepository<AccountChange, UUID> {

    List<AccountChange> findByCustomerIdOrderByChangedAt(CustomerId customerId);

    /** Whether the line has decided this campaign's offer already (placed, capped or not placed). */
    boolean existsByCustomerIdAndCampaignId(CustomerId customerId, String campaignId);
}
