package com.creditline.common.error;

/** Something the request names does not exist (or is not the caller's to see). */
public abstract non-sealed class NotFound extends BusinessException {

    protected NotFound(String message) {
        super(message);
    }
}
