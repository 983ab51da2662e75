package com.creditline.collections.cases.model;

import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received on {@code receivedOn} from a customer whose debt was charged off, to book as a recovery. */
public record BookRecovery(UUID paymentId, Money amount, LocalDate receivedOn) {}
