package com.creditline.common.id.persistence;

import com.creditline.common.id.CustomerId;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CustomerIdConverter extends IdConverter<CustomerId, String> {

    public CustomerIdConverter() {
        super(CustomerId::value, CustomerId::new);
    }
}
