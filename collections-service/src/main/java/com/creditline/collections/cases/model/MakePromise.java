package com.creditline.collections.cases.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;

/** The customer's promise to pay {@code amount} by {@code promisedDate}, as they make it. */
public record MakePromise(LocalDate promisedDate, Money amount) {}
