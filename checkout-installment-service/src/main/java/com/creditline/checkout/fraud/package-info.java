/**
 * The fraud check at authorisation (docs/fraud.md): the signals gathered from checkout's records in
 * one query ({@code FraudScreening}), the rules in plain Java ({@code FraudCheck}, thresholds in
 * {@code FraudRules}), an outcome with reasons; the blocked lists of devices and shipping addresses
 * that officers keep ({@code BlockedListKeeping}). A shipping address is personal data: only its
 * fingerprint and, on the blocked list, a masked form are ever kept ({@code ShippingAddress}).
 */
package com.creditline.checkout.fraud;
