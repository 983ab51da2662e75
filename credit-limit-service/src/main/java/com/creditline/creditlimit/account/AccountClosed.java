package com.creditline.creditlimit.account;

import com.creditline.common.error.RuleViolation;

/** The credit account is closed. */
public class AccountClosed extends RuleViolation {

    AccountClosed() {
        super("The credit account is closed.");
    }
}
