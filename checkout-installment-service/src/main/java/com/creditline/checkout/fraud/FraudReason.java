package com.creditline.checkout.fraud;

/** Why the fraud check sent an authorisation to review or declined it (docs/fraud.md). */
public enum FraudReason {
    /** The device is on the blocked list: decline. */
    BLOCKED_DEVICE,
    /** The shipping address is on the blocked list: decline. */
    BLOCKED_ADDRESS,
    /** Many authorisations of the customer in the last hour: review, or decline above the higher threshold. */
    VELOCITY,
    /** Many authorisations from the device, for any customer, in the last hour. */
    DEVICE_VELOCITY,
    /** Many authorisations to the shipping address, for any customer, in the last hour. */
    ADDRESS_VELOCITY,
    /** A device the customer never used, far from their last location, for a large amount: review. */
    NEW_DEVICE_FAR_LOCATION_LARGE_AMOUNT,
    /** An amount far above the customer's usual order: review. */
    AMOUNT_FAR_ABOVE_USUAL,
    /** The device, or a device the customer used before, is shared by many customers: review. */
    SHARED_DEVICE
}
