package com.creditline.checkout.webhook.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a webhook tells a partner about (docs/webhooks.md). The text is the {@code type} in the
 * payload and the {@code event_type} column of a delivery.
 */
public enum WebhookEventType {
    ORDER_AUTHORISED("order.authorised"),
    ORDER_IN_REVIEW("order.in_review"),
    ORDER_DECLINED("order.declined"),
    ORDER_CAPTURED("order.captured"),
    ORDER_VOIDED("order.voided"),
    ORDER_REFUNDED("order.refunded"),
    ORDER_LAPSED("order.lapsed"),
    PLAN_CREATED("plan.created"),
    PLAN_PAID_OFF("plan.paid_off");

    private final String text;

    WebhookEventType(String text) {
        this.text = text;
    }

    /** The type as partners read it, e.g. {@code order.captured}. */
    @JsonValue
    public String text() {
        return text;
    }

    /** The text, as logs have always shown the type. */
    @Override
    public String toString() {
        return text;
    }

    public static WebhookEventType ofText(String text) {
        for (WebhookEventType type : values()) {
            if (type.text.equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a webhook event type: " + text);
    }
}
