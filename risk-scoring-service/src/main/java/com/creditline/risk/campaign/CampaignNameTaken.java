package com.creditline.risk.campaign;

import com.creditline.common.error.Conflict;

/** A campaign of the same name was launched already: a festival is offered once. */
class CampaignNameTaken extends Conflict {

    CampaignNameTaken() {
        super("A campaign of this name was launched already.");
    }
}
