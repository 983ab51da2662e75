package com.creditline.common.error;

import java.util.Locale;

/**
 * A refusal the caller can understand and act on. Subclasses are named as facts
 * ({@code CreditLimitExceeded}); the problem type on the wire is that name in kebab case.
 */
public abstract sealed class BusinessException extends RuntimeException
        permits NotFound, Conflict, RuleViolation, DependencyUnavailable {

    protected BusinessException(String message) {
        super(message, null, false, false);
    }

    /** {@code CreditLimitExceeded} becomes {@code credit-limit-exceeded}. */
    public String code() {
        return getClass()
                .getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
