package com.creditline.common.id.persistence;

import com.creditline.common.id.OrderId;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class OrderIdConverter extends IdConverter<OrderId, String> {

    public OrderIdConverter() {
        super(OrderId::value, OrderId::new);
    }
}
