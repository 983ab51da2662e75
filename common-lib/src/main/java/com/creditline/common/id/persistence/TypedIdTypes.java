package com.creditline.common.id.persistence;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.id.PlanId;
import com.creditline.common.id.RefundId;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;

/**
 * Registers every typed id with Hibernate in every service that uses JPA (found through
 * {@code META-INF/services}), so an entity declares a {@code CustomerId} field, key or not, and it
 * maps to its text column with nothing more.
 */
public class TypedIdTypes implements TypeContributor {

    @Override
    public void contribute(TypeContributions types, ServiceRegistry services) {
        types.contributeJavaType(text(CustomerId.class, CustomerId::value, CustomerId::new));
        types.contributeJavaType(text(OrderId.class, OrderId::value, OrderId::new));
        types.contributeJavaType(text(CaptureId.class, CaptureId::value, CaptureId::new));
        types.contributeJavaType(text(RefundId.class, RefundId::value, RefundId::new));
        types.contributeJavaType(text(PartnerId.class, PartnerId::value, PartnerId::new));
        types.contributeJavaType(text(MerchantId.class, MerchantId::value, MerchantId::new));
        types.contributeJavaType(
                new IdJavaType<>(PlanId.class, UUID.class, SqlTypes.UUID, PlanId::value, PlanId::new, PlanId::of));
    }

    private static <I> IdJavaType<I, String> text(Class<I> type, Function<I, String> value, Function<String, I> of) {
        return new IdJavaType<>(type, String.class, SqlTypes.VARCHAR, value, of, of);
    }
}
