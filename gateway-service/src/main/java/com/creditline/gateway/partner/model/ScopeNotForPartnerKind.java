package com.creditline.gateway.partner.model;

import com.creditline.common.error.RuleViolation;
import java.util.TreeSet;

public class ScopeNotForPartnerKind extends RuleViolation {
    public ScopeNotForPartnerKind(PartnerKind kind) {
        super("A " + kind + " partner's key may carry only the scopes "
                + new TreeSet<>(PartnerScope.texts(PartnerScope.of(kind))) + ".");
    }
}
