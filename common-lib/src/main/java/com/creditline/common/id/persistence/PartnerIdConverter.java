package com.creditline.common.id.persistence;

import com.creditline.common.id.PartnerId;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PartnerIdConverter extends IdConverter<PartnerId, String> {

    public PartnerIdConverter() {
        super(PartnerId::value, PartnerId::new);
    }
}
