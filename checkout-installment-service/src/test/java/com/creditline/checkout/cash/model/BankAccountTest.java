package com.creditline.checkout.cash.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditline.common.id.CustomerId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BankAccountTest {

    static final String NUMBER = "6222020012345678";
    final PersonalDataSeal seal = new PersonalDataSeal(new byte[32]);

    @Test
    void shouldOpenWhatItSealedAndSealTheSameValueDifferentlyEachTime() {
        byte[] once = seal.seal("f", NUMBER);
        byte[] twice = seal.seal("f", NUMBER);

        assertThat(seal.open("f", once)).isEqualTo(NUMBER);
        assertThat(once).isNotEqualTo(twice);
        assertThat(once).hasSize(12 + NUMBER.length() + 16);
        assertThat(new String(once, StandardCharsets.ISO_8859_1))
                .doesNotContain(NUMBER)
                .doesNotContain("5678");
    }

    @Test
    void shouldRefuseToOpenAValueAlteredSealedForAnotherFieldOrUnderAnotherKey() {
        byte[] sealed = seal.seal("f", NUMBER);
        byte[] altered = Arrays.copyOf(sealed, sealed.length);
        altered[20] ^= 1;
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        assertThatThrownBy(() -> seal.open("f", altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("g", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataSeal(otherKey).open("f", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PersonalDataSeal(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFingerprintTheSameNumberAlikeUnderOneKeyOnly() {
        byte[] otherKey = new byte[32];
        otherKey[31] = 7;

        assertThat(seal.fingerprint(NUMBER)).isEqualTo(seal.fingerprint(NUMBER)).hasSize(32);
        assertThat(seal.fingerprint(NUMBER)).isNotEqualTo(new PersonalDataSeal(otherKey).fingerprint(NUMBER));
    }

    @Test
    void shouldShowOnlyTheMaskedNumberAndNeverTheHolder() {
        BankAccount account = BankAccount.register(
                CustomerId.of("c-1"), "ICBC", NUMBER, "Zhang Wei", seal, Instant.parse("2026-06-15T02:00:00Z"));

        assertThat(account.maskedNumber()).isEqualTo("**** **** **** 5678");
        assertThat(account.toString())
                .contains("**** **** **** 5678")
                .doesNotContain(NUMBER)
                .doesNotContain("Zhang");
        assertThat(account.accountNumber(seal)).isEqualTo(NUMBER);
        assertThat(account.holderName(seal)).isEqualTo("Zhang Wei");
        assertThat(seal.toString()).doesNotContain("0");
        assertThatThrownBy(() -> BankAccount.register(CustomerId.of("c-1"), "ICBC", "12345", "Z", seal, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
