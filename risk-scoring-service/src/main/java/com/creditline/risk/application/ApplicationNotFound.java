package com.creditline.risk.application;

import com.creditline.common.error.NotFound;

/** No application has that id. */
class ApplicationNotFound extends NotFound {

    ApplicationNotFound() {
        super("No credit application has that id.");
    }
}
