package com.creditline.checkout.cash;

import com.creditline.checkout.cash.model.BankAccount;
import com.creditline.checkout.cash.model.PersonalDataSeal;
import com.creditline.checkout.customer.CustomerProfiles;
import com.creditline.common.error.DatabaseRefusal;
import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers a customer's bank accounts for payouts, sealed, and lists them masked. */
@Service
class BankAccountRegistry {

    /** A bank account as the customer gave it; {@link #toString} shows nothing personal. */
    record Registering(CustomerId customerId, String bankName, String accountNumber, String holderName) {

        @Override
        public String toString() {
            return "Registering[" + customerId + ", " + bankName + ", "
                    + BankAccount.masked(accountNumber.substring(Math.max(0, accountNumber.length() - 4))) + "]";
        }
    }

    private final BankAccounts accounts;
    private final CustomerProfiles profiles;
    private final PersonalDataSeal seal;
    private final BusinessClock clock;
    private final TransactionTemplate transactions;

    BankAccountRegistry(
            BankAccounts accounts,
            CustomerProfiles profiles,
            PersonalDataSeal seal,
            BusinessClock clock,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.seal = seal;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** @throws BankAccountAlreadyRegistered when the customer registered the same number before */
    BankAccount register(Registering registering) {
        try {
            return transactions.execute(tx -> {
                profiles.require(registering.customerId());
                if (accounts.existsByCustomerIdAndNumberFingerprint(
                        registering.customerId(), seal.fingerprint(registering.accountNumber()))) {
                    throw new BankAccountAlreadyRegistered();
                }
                return accounts.saveAndFlush(BankAccount.register(
                        registering.customerId(),
                        registering.bankName(),
                        registering.accountNumber(),
                        registering.holderName(),
                        seal,
                        clock.now()));
            });
        } catch (DataIntegrityViolationException raced) {
            if (!DatabaseRefusal.isUniqueKeyViolation(raced)) {
                throw raced;
            }
            throw new BankAccountAlreadyRegistered();
        }
    }

    List<BankAccount> list(CustomerId customerId) {
        return transactions.execute(tx -> {
            profiles.require(customerId);
            return accounts.findByCustomerIdOrderByRegisteredAt(customerId);
        });
    }
}
