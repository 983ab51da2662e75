/** The fraud check at authorisation: signals from checkout's records, rules, outcome with reasons. */
package com.creditline.checkout.fraud;
