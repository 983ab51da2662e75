package com.creditline.risk.campaign;

import com.creditline.common.error.NotFound;

class CampaignNotFound extends NotFound {

    CampaignNotFound() {
        super("No campaign with this id.");
    }
}
