package com.creditline.gateway.partner.model;

import com.creditline.common.error.Conflict;

public class PartnerIdTaken extends Conflict {
    public PartnerIdTaken() {
        super("A partner with this id is registered already: a merchant has one partner, its keys are issued to it.");
    }
}
