package com.creditline.common.id.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/** Maps a typed id to its column and back; null stays null. */
abstract class IdConverter<I, C> implements AttributeConverter<I, C> {

    private final Function<I, C> toColumn;
    private final Function<C, I> fromColumn;

    IdConverter(Function<I, C> toColumn, Function<C, I> fromColumn) {
        this.toColumn = toColumn;
        this.fromColumn = fromColumn;
    }

    @Override
    public C convertToDatabaseColumn(I id) {
        return id == null ? null : toColumn.apply(id);
    }

    @Override
    public I convertToEntityAttribute(C column) {
        return column == null ? null : fromColumn.apply(column);
    }
}
