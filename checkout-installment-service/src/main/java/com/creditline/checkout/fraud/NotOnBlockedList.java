package com.creditline.checkout.fraud;

import com.creditline.common.error.NotFound;

/** The device or address to remove is not on the blocked list. */
public class NotOnBlockedList extends NotFound {

    NotOnBlockedList() {
        super("That entry is not on the blocked list.");
    }
}
