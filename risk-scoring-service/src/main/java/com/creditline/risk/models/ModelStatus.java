package com.creditline.risk.models;

/** A model's place: deciding applications, waiting to be promoted, or kept for rollback. */
public enum ModelStatus {
    CHAMPION,
    CHALLENGER,
    RETIRED
}
