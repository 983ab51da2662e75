package com.creditline.checkout.fraud;

import com.creditline.common.money.Money;

/**
 * What is known about an authorisation when it is checked for fraud. Counts are of the hour before
 * this authorisation, which is not counted itself.
 *
 * @param authorisationsLastHour the customer's authorisations in the last hour
 * @param deviceAuthorisationsLastHour authorisations from the device in the last hour, any customer (0 without a device)
 * @param addressAuthorisationsLastHour authorisations to the shipping address in the last hour, any customer (0 without one)
 * @param deviceBlocked the device is on the blocked list
 * @param addressBlocked the shipping address is on the blocked list
 * @param newDevice the customer has not used this device before
 * @param kilometresFromLastLocation distance from the customer's last known location, or -1 if unknown
 * @param usualAmount the customer's average order over their last orders, or null with no history
 * @param customersOnDevice the customers who used the device, this one included (0 without a device)
 * @param mostCustomersOnAKnownDevice the most customers on any one device this customer used before (0 if none)
 */
public record FraudSignals(
        Money amount,
        int authorisationsLastHour,
        int deviceAuthorisationsLastHour,
        int addressAuthorisationsLastHour,
        boolean deviceBlocked,
        boolean addressBlocked,
        boolean newDevice,
        double kilometresFromLastLocation,
        Money usualAmount,
        int customersOnDevice,
        int mostCustomersOnAKnownDevice) {}
