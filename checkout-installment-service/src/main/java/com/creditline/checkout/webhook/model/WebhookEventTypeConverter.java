package com.creditline.checkout.webhook.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a webhook's event type as the text partners read ({@code order.captured}), as it always was. */
@Converter(autoApply = true)
public class WebhookEventTypeConverter implements AttributeConverter<WebhookEventType, String> {

    @Override
    public String convertToDatabaseColumn(WebhookEventType type) {
        return type == null ? null : type.text();
    }

    @Override
    public WebhookEventType convertToEntityAttribute(String text) {
        return text == null ? null : WebhookEventType.ofText(text);
    }
}
