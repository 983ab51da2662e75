package com.creditline.creditlimit.account;

import com.creditline.common.error.NotFound;

/** No hold exists for that order on this account. */
public class HoldNotFound extends NotFound {

    HoldNotFound() {
        super("No hold exists for that order on this account.");
    }
}
