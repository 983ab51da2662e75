package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;

/** The account may not spend in its status (FROZEN, DELINQUENT, CLOSED). */
public class AccountNotActive extends RuleViolation {

    AccountNotActive(AccountStatus status) {
        super("The credit account is " + status + " and cannot be used for new spending.");
    }
}
