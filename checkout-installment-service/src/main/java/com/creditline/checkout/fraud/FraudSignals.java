package com.creditline.checkout.fraud;

import com.creditline.common.money.Money;

/**
 * What is known about an authorisation when it is checked for fraud.
 *
 * @param authorisationsLastHour the customer's authorisations in the hour before this one
 * @param deviceBlocked the device is on the blocked list
 * @param newDevice the customer has not used this device before
 * @param kilometresFromLastLocation distance from the customer's last known location, or -1 if unknown
 * @param usualAmount the customer's average order over their last orders, or null with no history
 */
public record FraudSignals(
        Money amount,
        int authorisationsLastHour,
        boolean deviceBlocked,
        boolean newDevice,
        double kilometresFromLastLocation,
        Money usualAmount) {}
