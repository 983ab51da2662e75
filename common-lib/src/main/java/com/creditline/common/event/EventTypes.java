package com.creditline.common.event;

/** Reads an event class's wire type and schema version (see {@link EventType}). */
public final class EventTypes {

    private EventTypes() {}

    public static String nameOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        return type == null || type.name().isEmpty() ? eventClass.getSimpleName() : type.name();
    }

    public static int versionOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        return type == null ? 1 : type.version();
    }
}
