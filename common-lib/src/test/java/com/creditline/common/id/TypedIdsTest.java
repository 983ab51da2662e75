package com.creditline.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.creditline.common.id.persistence.TypedIdTypes;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.type.descriptor.java.JavaType;
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
    void merchantIdsAreSlugs() {
        assertThat(MerchantId.of("mi-store").value()).isEqualTo("mi-store");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MerchantId.of("Mi-Store"))
                .withMessageContaining("a merchant id");
        assertThatIllegalArgumentException().isThrownBy(() -> MerchantId.of("-mi"));
        assertThatIllegalArgumentException().isThrownBy(() -> MerchantId.of("m".repeat(41)));
        assertThatIllegalArgumentException().isThrownBy(() -> MerchantId.of(null));
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
    void hibernateTypesMapToTheColumnAndBack() {
        List<JavaType<?>> types = new ArrayList<>();
        new TypedIdTypes().contribute(contributionsInto(types), null);
        assertThat(types.stream().<Class<?>>map(JavaType::getJavaTypeClass).toList())
                .containsExactlyInAnyOrder(
                        CustomerId.class,
                        OrderId.class,
                        CaptureId.class,
                        RefundId.class,
                        PartnerId.class,
                        MerchantId.class,
                        PlanId.class);

        @SuppressWarnings("unchecked")
        JavaType<OrderId> orders = (JavaType<OrderId>) typeOf(types, OrderId.class);
        assertThat(orders.unwrap(OrderId.of("o-1"), String.class, null)).isEqualTo("o-1");
        assertThat(orders.wrap("o-1", null)).isEqualTo(OrderId.of("o-1"));
        assertThat(orders.wrap(null, null)).isNull();

        @SuppressWarnings("unchecked")
        JavaType<PlanId> plans = (JavaType<PlanId>) typeOf(types, PlanId.class);
        UUID plan = UUID.randomUUID();
        assertThat(plans.unwrap(PlanId.of(plan), UUID.class, null)).isEqualTo(plan);
        assertThat(plans.wrap(plan, null)).isEqualTo(PlanId.of(plan));
        assertThat(plans.fromString(plan.toString())).isEqualTo(PlanId.of(plan));
    }

    private static JavaType<?> typeOf(List<JavaType<?>> types, Class<?> id) {
        return types.stream()
                .filter(t -> t.getJavaTypeClass() == id)
                .findFirst()
                .orElseThrow();
    }

    private static TypeContributions contributionsInto(List<JavaType<?>> types) {
        return (TypeContributions) Proxy.newProxyInstance(
                TypedIdsTest.class.getClassLoader(),
                new Class<?>[] {TypeContributions.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("contributeJavaType")) {
                        types.add((JavaType<?>) args[0]);
                    }
                    return null;
                });
    }
}
