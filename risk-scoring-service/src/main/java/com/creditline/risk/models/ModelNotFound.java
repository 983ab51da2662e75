package com.creditline.risk.models;

import com.creditline.common.error.NotFound;

/** No model with that id and version is in the registry. */
class ModelNotFound extends NotFound {

    ModelNotFound() {
        super("No model with that id and version is in the registry.");
    }
}
