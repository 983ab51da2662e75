package com.creditline.collections.contact.model;

/** What came of an agent's call to a customer. */
public enum CallOutcome {
    /** The customer answered. */
    REACHED,
    NO_ANSWER,
    /** The number is not the customer's. */
    WRONG_NUMBER,
    /** The customer promised to pay (the promise itself is recorded on the case). */
    PROMISED,
    /** The customer refused to pay. */
    REFUSED
}
