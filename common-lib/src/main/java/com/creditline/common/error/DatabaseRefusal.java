package com.creditline.common.error;

import java.sql.SQLException;

/**
 * What the database's refusal of a statement says about the request, read from its SQLState
 * (PostgreSQL's codes, which Spring wraps in a {@code DataIntegrityViolationException} whatever
 * the cause). Only a unique key that is already taken means that a twin request got there first;
 * a value out of range or a broken check is no race, and retrying as if it were would hide it.
 */
public final class DatabaseRefusal {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DATA_EXCEPTION_CLASS = "22";

    private DatabaseRefusal() {}

    /** A unique key (or primary key) was already taken: a twin request won the race. */
    public static boolean isUniqueKeyViolation(Throwable failure) {
        String state = sqlState(failure);
        return UNIQUE_VIOLATION.equals(state);
    }

    /** A value the column cannot hold (a number out of range, a text too long): the caller's input. */
    public static boolean isValueOutOfRange(Throwable failure) {
        String state = sqlState(failure);
        return state != null && state.startsWith(DATA_EXCEPTION_CLASS);
    }

    /** The SQLState of the first SQL exception in the chain of causes, or null. */
    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
