package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;

/** The credit account is closed. */
public class AccountClosed extends RuleViolation {

    AccountClosed() {
        super("The credit account is closed.");
    }
}
