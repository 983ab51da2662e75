package com.creditline.collections.cases;

import com.creditline.common.error.NotFound;

/** No collections case has that id. */
public class CaseNotFound extends NotFound {

    public CaseNotFound() {
        super("No collections case has that id.");
    }
}
