package com.creditline.common.id.persistence;

import java.util.Comparator;
import java.util.function.Function;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;
import org.hibernate.type.descriptor.java.ImmutableMutabilityPlan;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;

/**
 * A typed id as a Hibernate type: its value in its column (text, or a uuid), wherever it appears,
 * keys included. A JPA converter would do for other attributes, but Hibernate applies none to an
 * {@code @Id}, so the ids are types, registered for every service by {@link TypedIdTypes}.
 *
 * @param <I> the typed id
 * @param <C> what its column holds
 */
final class IdJavaType<I, C> extends AbstractClassJavaType<I> {

    private final Class<C> column;
    private final int sqlType;
    private final Function<I, C> toColumn;
    private final Function<C, I> fromColumn;
    private final Function<String, I> parse;

    IdJavaType(
            Class<I> type,
            Class<C> column,
            int sqlType,
            Function<I, C> toColumn,
            Function<C, I> fromColumn,
            Function<String, I> parse) {
        super(
                type,
                ImmutableMutabilityPlan.instance(),
                Comparator.comparing(id -> toColumn.apply(id).toString()));
        this.column = column;
        this.sqlType = sqlType;
        this.toColumn = toColumn;
        this.fromColumn = fromColumn;
        this.parse = parse;
    }

    @Override
    public JdbcType getRecommendedJdbcType(JdbcTypeIndicators indicators) {
        return indicators.getJdbcType(sqlType);
    }

    @Override
    public String toString(I id) {
        return toColumn.apply(id).toString();
    }

    @Override
    public I fromString(CharSequence text) {
        return parse.apply(text.toString());
    }

    @Override
    public <X> X unwrap(I id, Class<X> type, WrapperOptions options) {
        if (id == null) {
            return null;
        }
        if (type.isInstance(id)) {
            return type.cast(id);
        }
        if (type == column || type == Object.class) {
            return type.cast(toColumn.apply(id));
        }
        if (type == String.class) {
            return type.cast(toString(id));
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
        if (column.isInstance(value)) {
            return fromColumn.apply(column.cast(value));
        }
        if (value instanceof String text) {
            return parse.apply(text);
        }
        throw unknownWrap(value.getClass());
    }
}
