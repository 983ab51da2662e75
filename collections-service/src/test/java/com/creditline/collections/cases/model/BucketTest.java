package com.creditline.collections.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.delinquency.DelinquencyBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketTest {

    @ParameterizedTest(name = "{0} days past due is {1}")
    @CsvSource({
        "0, CURRENT",
        "1, M1",
        "30, M1",
        "31, M2",
        "60, M2",
        "61, M3",
        "90, M3",
        "91, M3_PLUS",
        "180, M3_PLUS",
        "2000, M3_PLUS"
    })
    void shouldPlaceDaysPastDueInTheirBucket(int daysPastDue, DelinquencyBucket bucket) {
        assertThat(DelinquencyBucket.of(daysPastDue)).isEqualTo(bucket);
    }

    @Test
    void shouldRefuseNegativeDaysPastDue() {
        assertThatThrownBy(() -> DelinquencyBucket.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
