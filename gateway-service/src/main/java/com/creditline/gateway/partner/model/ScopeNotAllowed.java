package com.creditline.gateway.partner.model;

import com.creditline.common.error.RuleViolation;
import java.util.Arrays;
import java.util.Set;

public class ScopeNotAllowed extends RuleViolation {
    public ScopeNotAllowed() {
        super("A partner key may carry only the scopes "
                + Set.copyOf(PartnerScope.texts(Arrays.asList(PartnerScope.values()))) + ".");
    }
}
