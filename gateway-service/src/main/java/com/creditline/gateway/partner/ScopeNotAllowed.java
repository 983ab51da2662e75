package com.creditline.gateway.partner;

import com.creditline.common.error.RuleViolation;
import java.util.Set;

class ScopeNotAllowed extends RuleViolation {
    ScopeNotAllowed(Set<String> allowed) {
        super("A partner key may carry only the scopes " + allowed + ".");
    }
}
