package com.creditline.checkout.pricing;

/**
 * The customer's risk grade as checkout prices it, best first. Checkout's own copy of the grade
 * that risk-scoring-service publishes by name ({@code "A"} ... {@code "E"}).
 */
public enum Grade {
    A,
    B,
    C,
    D,
    E
}
