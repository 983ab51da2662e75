package com.creditline.common.error;

/** The request is well formed but a business rule refuses it, such as a limit or a status. */
public abstract non-sealed class RuleViolation extends BusinessException {

    protected RuleViolation(String message) {
        super(message);
    }
}
