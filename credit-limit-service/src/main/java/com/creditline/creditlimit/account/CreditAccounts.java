package com.creditline.creditlimit.account;

import org.springframework.data.jpa.repository.JpaRepository;

/** Credit accounts by customer id. */
public interface CreditAccounts extends JpaRepository<CreditAccount, String> {}
