package com.creditline.common.id.persistence;

import com.creditline.common.id.CaptureId;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class CaptureIdConverter extends IdConverter<CaptureId, String> {

    public CaptureIdConverter() {
        super(CaptureId::value, CaptureId::new);
    }
}
