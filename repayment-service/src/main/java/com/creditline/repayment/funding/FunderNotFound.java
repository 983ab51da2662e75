package com.creditline.repayment.funding;

import com.creditline.common.error.NotFound;

/** No funder has that id. */
public class FunderNotFound extends NotFound {

    FunderNotFound(String funderId) {
        super("No funder has the id '" + funderId + "'.");
    }
}
