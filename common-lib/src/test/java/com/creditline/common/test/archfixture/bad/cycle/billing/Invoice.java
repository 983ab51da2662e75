package com.creditline.common.test.archfixture.bad.cycle.billing;

import com.creditline.common.test.archfixture.bad.cycle.ledger.Entry;

/** Billing uses the ledger... */
public class Invoice {

    Entry post() {
        return new Entry();
    }
}
