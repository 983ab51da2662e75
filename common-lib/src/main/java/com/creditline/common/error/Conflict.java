package com.creditline.common.error;

/** The request clashes with the current state, such as the same key in flight or a changed version. */
public abstract non-sealed class Conflict extends BusinessException {

    protected Conflict(String message) {
        super(message);
    }
}
