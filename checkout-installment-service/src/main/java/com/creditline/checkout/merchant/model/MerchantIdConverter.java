package com.creditline.checkout.merchant.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MerchantId} as its text; applied to every MerchantId attribute. */
@Converter(autoApply = true)
public class MerchantIdConverter implements AttributeConverter<MerchantId, String> {

    @Override
    public String convertToDatabaseColumn(MerchantId id) {
        return id == null ? null : id.value();
    }

    @Override
    public MerchantId convertToEntityAttribute(String text) {
        return text == null ? null : MerchantId.of(text);
    }
}
