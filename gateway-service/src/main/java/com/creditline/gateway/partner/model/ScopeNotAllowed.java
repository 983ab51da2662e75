package com.creditline.gateway.partner.model;

import com.creditline.common.error.RuleViolation;
import java.util.Set;

public class ScopeNotAllowed extends RuleViolation {
    public ScopeNotAllowed(Set<String> allowed) {
        super("A partner key may carry only the scopes " + allowed + ".");
    }
}
