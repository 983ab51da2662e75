package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.BankAccount;
import com.creditline.checkout.cash.model.BankAccountId;
import com.creditline.common.id.CustomerId;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers' bank accounts by id. */
interface BankAccounts extends JpaRepository<BankAccount, UUID> {

    List<BankAccount> findByCustomerIdOrderByRegisteredAt(CustomerId customerId);

    boolean existsByCustomerIdAndNumberFingerprint(CustomerId customerId, byte[] numberFingerprint);

    /** The customer's account; another customer's is as unknown as none. */
    default BankAccount require(CustomerId customerId, BankAccountId id) {
        return findById(id.value()).filter(a -> a.belongsTo(customerId)).orElseThrow(BankAccountNotFound::new);
    }
}
