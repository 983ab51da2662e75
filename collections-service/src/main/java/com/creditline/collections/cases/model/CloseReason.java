package com.creditline.collections.cases.model;

/** Why a case was closed. */
public enum CloseReason {
    /** A payment brought the days past due back to zero. */
    CURED
}
