package com.creditline.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class DatabaseRefusalTest {

    private static DataIntegrityViolationException refused(String sqlState) {
        return new DataIntegrityViolationException(
                "could not execute statement", new RuntimeException("wrapped", new SQLException("refused", sqlState)));
    }

    @Test
    void shouldTakeOnlyATakenUniqueKeyForARace() {
        assertThat(DatabaseRefusal.isUniqueKeyViolation(refused("23505"))).isTrue();
        assertThat(DatabaseRefusal.isUniqueKeyViolation(refused("22003"))).isFalse();
        assertThat(DatabaseRefusal.isUniqueKeyViolation(refused("23514"))).isFalse();
        assertThat(DatabaseRefusal.isUniqueKeyViolation(new DataIntegrityViolationException("no cause")))
                .isFalse();
    }

    @Test
    void shouldTakeANumericOverflowOrATooLongTextForAValueOutOfRange() {
        assertThat(DatabaseRefusal.isValueOutOfRange(refused("22003"))).isTrue();
        assertThat(DatabaseRefusal.isValueOutOfRange(refused("22001"))).isTrue();
        assertThat(DatabaseRefusal.isValueOutOfRange(refused("23505"))).isFalse();
    }
}
