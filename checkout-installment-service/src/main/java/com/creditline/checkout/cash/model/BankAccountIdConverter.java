package com.creditline.checkout.cash.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/** Stores a {@link BankAccountId} as its uuid; applied to every BankAccountId attribute. */
@Converter(autoApply = true)
public class BankAccountIdConverter implements AttributeConverter<BankAccountId, UUID> {

    @Override
    public UUID convertToDatabaseColumn(BankAccountId id) {
        return id == null ? null : id.value();
    }

    @Override
    public BankAccountId convertToEntityAttribute(UUID value) {
        return value == null ? null : new BankAccountId(value);
    }
}
