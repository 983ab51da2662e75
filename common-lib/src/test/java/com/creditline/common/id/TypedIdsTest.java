package com.creditline.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.creditline.common.id.persistence.OrderIdConverter;
import com.creditline.common.id.persistence.PlanIdConverter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TypedIdsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void textIdsTakeTheFormatTheApiAccepts() {
        assertThat(OrderId.of("shop-1:order_42.a").value()).isEqualTo("shop-1:order_42.a");
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.of("")).withMessageContaining("an order id");
        assertThatIllegalArgumentException().isThrownBy(() -> CaptureId.of("a b"));
        assertThatIllegalArgumentException().isThrownBy(() -> RefundId.of("x".repeat(65)));
        assertThatIllegalArgumentException().isThrownBy(() -> PartnerId.of(null));
    }

    @Test
    void idsAreTheirBareValueInJson() {
        record Body(OrderId orderId, PlanId planId) {}
        UUID plan = UUID.fromString("2f1c7a3e-9a43-4a3b-8a7e-6f3c9d9b1e10");
        String text = json.writeValueAsString(new Body(OrderId.of("o-1"), PlanId.of(plan)));

        assertThat(text).isEqualTo("{\"orderId\":\"o-1\",\"planId\":\"" + plan + "\"}");
        assertThat(json.readValue(text, Body.class)).isEqualTo(new Body(OrderId.of("o-1"), PlanId.of(plan)));
    }

    @Test
    void convertersMapToTheColumnAndBackKeepingNull() {
        OrderIdConverter orders = new OrderIdConverter();
        assertThat(orders.convertToDatabaseColumn(OrderId.of("o-1"))).isEqualTo("o-1");
        assertThat(orders.convertToEntityAttribute("o-1")).isEqualTo(OrderId.of("o-1"));
        assertThat(orders.convertToEntityAttribute(null)).isNull();

        PlanIdConverter plans = new PlanIdConverter();
        UUID plan = UUID.randomUUID();
        assertThat(plans.convertToEntityAttribute(plan)).isEqualTo(PlanId.of(plan));
        assertThat(plans.convertToDatabaseColumn(null)).isNull();
    }
}
