package com.creditline.common.id.persistence;

import com.creditline.common.id.RefundId;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class RefundIdConverter extends IdConverter<RefundId, String> {

    public RefundIdConverter() {
        super(RefundId::value, RefundId::new);
    }
}
