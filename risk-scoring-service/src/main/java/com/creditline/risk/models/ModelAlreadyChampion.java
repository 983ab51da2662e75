package com.creditline.risk.models;

import com.creditline.common.error.Conflict;

/** The model is the champion already. */
class ModelAlreadyChampion extends Conflict {

    ModelAlreadyChampion() {
        super("This model is the champion already.");
    }
}
