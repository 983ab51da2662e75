package com.creditline.common.test.archfixture.bad.cycle.ledger;

import com.creditline.common.test.archfixture.bad.cycle.billing.Invoice;

/** ...and the ledger uses billing: a cycle between two feature packages. */
public class Entry {

    Invoice invoice;
}
