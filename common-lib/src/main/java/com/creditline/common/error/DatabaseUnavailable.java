package com.creditline.common.error;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Recognises a failure caused by the database being unreachable for a moment (a restart, a
 * failover, a pool that cannot connect) rather than by the request: such a failure is answered
 * 503 and retried, never treated as a bug or a poison message.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /**
     * SQL state class 08 (connection exception) or 57P (the server shut down); or the pool's
     * connection closed under the transaction (HikariCP says so in words, with no state).
     */
    private static boolean isConnectionLost(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        return "Connection is closed".equals(sql.getMessage());
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.TransientDataAccessException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionLost(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
