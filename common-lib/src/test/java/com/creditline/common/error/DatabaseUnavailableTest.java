package com.creditline.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void shouldRecogniseALostConnectionWhereverItSitsInTheCauses() {
        assertThat(DatabaseUnavailable.isCauseOf(new CannotCreateTransactionException("no connection")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(
                        new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(
                        new TransactionSystemException("Unable to rollback", new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void shouldNotMistakeARefusalOrABugForAnOutage() {
        assertThat(DatabaseUnavailable.isCauseOf(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")))
                .isFalse();
    }
}
