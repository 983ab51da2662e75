package com.creditline.creditlimit.persistence;

import com.creditline.common.id.CaptureId;
import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import java.util.Comparator;
import java.util.function.Function;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.java.ImmutableMutabilityPlan;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * Typed ids as primary keys, registered on the entity they key ({@code @JavaTypeRegistration}). Hibernate 7
 * applies no JPA converter to an {@code @Id} (common-lib's auto-applied converters map every other
 * attribute), so a key column needs a Hibernate type: the id's text in a text column.
 */
public abstract class IdColumns<I> extends AbstractClassJavaType<I> {

    private final Function<I, String> toText;
    private final Function<String, I> fromText;

    IdColumns(Class<I> type, Function<I, String> toText, Function<String, I> fromText) {
        super(type, ImmutableMutabilityPlan.instance(), Comparator.comparing(toText));
        this.toText = toText;
        this.fromText = fromText;
    }

    @Override
    public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
        return indicators.getJdbcType(SqlTypes.VARCHAR);
    }

    @Override
    public String toString(I id) {
        return toText.apply(id);
    }

    @Override
    public I fromString(CharSequence text) {
        return fromText.apply(text.toString());
    }

    @Override
    public <X> X unwrap(I id, Class<X> type, WrapperOptions options) {
        if (id == null) {
            return null;
        }
        if (type.isInstance(id)) {
            return type.cast(id);
        }
        if (type == String.class || type == Object.class) {
            return type.cast(toText.apply(id));
        }
        throw unknownUnwrap(type);
    }

    @Override
    public <X> I wrap(X value, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (getJavaTypeClass().isInstance(value)) {
            return getJavaTypeClass().cast(value);
        }
        if (value instanceof String text) {
            return fromText.apply(text);
        }
        throw unknownWrap(value.getClass());
    }

    /** A customer's id as a key. */
    public static final class Customer extends IdColumns<CustomerId> {
        public Customer() {
            super(CustomerId.class, CustomerId::value, CustomerId::new);
        }
    }

    /** An order's id as a key. */
    public static final class Order extends IdColumns<OrderId> {
        public Order() {
            super(OrderId.class, OrderId::value, OrderId::new);
        }
    }

    /** A capture's id as a key. */
    public static final class Capture extends IdColumns<CaptureId> {
        public Capture() {
            super(CaptureId.class, CaptureId::value, CaptureId::new);
        }
    }
}
