package com.creditline.common.error;

/**
 * Another service this request needs did not answer in time (or its circuit is open). Nothing was
 * changed; the caller may retry shortly.
 */
public abstract non-sealed class DependencyUnavailable extends BusinessException {

    protected DependencyUnavailable(String message) {
        super(message);
    }
}
