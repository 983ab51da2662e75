package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.creditlimit.account.model.CreditAccount;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Credit accounts by customer id. */
public interface CreditAccounts extends JpaRepository<CreditAccount, CustomerId> {

    /** The account, locked until the transaction ends: every change of its balances goes through here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CreditAccount a where a.customerId = :customerId")
    Optional<CreditAccount> lockById(CustomerId customerId);
}
