package com.creditline.checkout.cash.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/** Stores a {@link CashDrawId} as its uuid; applied to every CashDrawId attribute. */
@Converter(autoApply = true)
public class CashDrawIdConverter implements AttributeConverter<CashDrawId, UUID> {

    @Override
    public UUID convertToDatabaseColumn(CashDrawId id) {
        return id == null ? null : id.value();
    }

    @Override
    public CashDrawId convertToEntityAttribute(UUID value) {
        return value == null ? null : new CashDrawId(value);
    }
}
