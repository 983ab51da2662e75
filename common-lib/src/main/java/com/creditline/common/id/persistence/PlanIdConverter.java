package com.creditline.common.id.persistence;

import com.creditline.common.id.PlanId;
import jakarta.persistence.Converter;
import java.util.UUID;

@Converter(autoApply = true)
public class PlanIdConverter extends IdConverter<PlanId, UUID> {

    public PlanIdConverter() {
        super(PlanId::value, PlanId::new);
    }
}
